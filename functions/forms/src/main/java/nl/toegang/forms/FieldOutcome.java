package nl.toegang.forms;

/**
 * What checking one field gave: the value to store (null: store nothing), an error message
 * (null: none) and what the resident entered, to show again next to the error.
 */
record FieldOutcome(Object value, String error, Object entered) {

    static FieldOutcome valid(Object value) {
        return new FieldOutcome(value, null, value);
    }

    static FieldOutcome empty() {
        return new FieldOutcome(null, null, null);
    }

    static FieldOutcome invalid(String error, Object entered) {
        return new FieldOutcome(null, error, entered);
    }
}
