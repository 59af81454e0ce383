package nl.toegang.forms;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks beyond Camunda's own, named in the component property {@code validation}. */
public enum CustomValidation {
    /** Dutch citizen service number: 9 digits that pass the 11-test. */
    BSN("bsn"),
    /** Dutch postcode, stored as {@code 1234 AB}. */
    POSTCODE("postcode"),
    /** A date that is today or earlier, such as a birth date. */
    PAST_DATE("past-date");

    private final String propertyValue;

    CustomValidation(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    public String propertyValue() {
        return propertyValue;
    }

    static Optional<CustomValidation> fromPropertyValue(String value) {
        return Arrays.stream(values()).filter(v -> v.propertyValue.equalsIgnoreCase(value.trim())).findFirst();
    }

    static String supportedNames() {
        return Arrays.stream(values()).map(CustomValidation::propertyValue).collect(Collectors.joining(", "));
    }
}
