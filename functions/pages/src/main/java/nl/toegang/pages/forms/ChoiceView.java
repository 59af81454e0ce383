package nl.toegang.pages.forms;

/**
 * One option of a select, radio group or checklist.
 *
 * @param id the id of its radio button or checkbox (unused in a select)
 * @param chosen selected or ticked now
 */
public record ChoiceView(String id, String value, String label, boolean chosen) {}
