package nl.toegang.pages.forms;

/**
 * One option of a select, radio group or checklist.
 *
 * @param id the id of its radio button or checkbox (unused in a select)
 * @param chosen selected or ticked now
 * @param lang {@code "nl"} when the label is the Dutch one on a page in another language; null otherwise
 */
public record ChoiceView(String id, String value, String label, boolean chosen, String lang) {

    /** An option whose label is in the page's language. */
    public ChoiceView(String id, String value, String label, boolean chosen) {
        this(id, value, label, chosen, null);
    }
}
