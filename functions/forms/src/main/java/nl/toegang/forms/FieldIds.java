package nl.toegang.forms;

/** Element ids, shared by fields and the error summary that links to them. */
final class FieldIds {

    private FieldIds() {
    }

    static String field(String key) {
        return "field-" + key;
    }

    /** The first option of a radio group or checklist carries the field id, so summary links land on it. */
    static String option(String key, int index) {
        return index == 0 ? field(key) : field(key) + "-" + (index + 1);
    }

    static String description(String key) {
        return field(key) + "-description";
    }

    static String error(String key) {
        return field(key) + "-error";
    }
}
