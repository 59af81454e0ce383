package nl.toegang.pages.forms;

/**
 * What helps a phone keyboard and autofill with a one-line input.
 *
 * @param type the input's type: text, email, tel or date
 * @param inputMode null for the default keyboard
 * @param autocomplete the autofill token, or null
 * @param code a code such as a BSN or postcode: no spelling check
 * @param capitals letters are typed as capitals (postcode)
 */
public record InputHints(String type, String inputMode, String autocomplete, boolean code, boolean capitals) {

    public static final InputHints NONE = new InputHints("text", null, null, false, false);
}
