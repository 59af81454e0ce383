package nl.toegang.forms;

/** Element ids, shared by fields and the error summary that links to them. */
final class FieldIds {

    private FieldIds() {
    }

    static String field(String key) {
        return "field-" + key;
    }

    /**
     * An option of a radio group or checklist. The field id is the group's fieldset, so a summary
     * link brings the question, its help text and its error into view with the options.
     */
    static String option(String key, int index) {
        return field(key) + "-" + (index + 1);
    }

    static String description(String key) {
        return field(key) + "-description";
    }

    static String error(String key) {
        return field(key) + "-error";
    }
}
