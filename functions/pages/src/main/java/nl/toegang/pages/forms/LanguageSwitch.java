package nl.toegang.pages.forms;

/**
 * The language switch of a page with a form: a submit button of that form, so what was typed
 * is posted along and the same form comes back in the other language, not checked and not sent.
 *
 * @param action the form's action, without a query
 */
public record LanguageSwitch(String action) {

    /** The id of the {@code <form>} whose answers the switch posts; one such form per page. */
    public static final String FORM_ID = "answers";

    /** The posted field that says "show this again in another language", not "send". */
    public static final String FIELD = "_language";

    public String actionFor(String lang) {
        return action + "?lang=" + lang;
    }
}
