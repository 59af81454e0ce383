package nl.toegang.forms;

/** One choice of a select, radio group or checklist. {@code englishLabel} may be null. */
public record Option(String value, String label, String englishLabel) {

    public String label(Language language) {
        return language.pick(label == null || label.isBlank() ? value : label, englishLabel);
    }
}
