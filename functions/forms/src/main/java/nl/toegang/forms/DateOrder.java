package nl.toegang.forms;

import java.util.Map;

/**
 * An end date that may not lie before a start date, declared in the form: the end date field
 * gets the component property {@code notBefore} with the start date field's key, so an
 * administrator sets it in Camunda Modeler.
 */
final class DateOrder {

    static final String PROPERTY = "notBefore";

    private DateOrder() {
    }

    /** Adds an error to each end date before its start date; fields without both dates are left alone. */
    static void check(FormDefinition form, Map<String, Object> values, Map<String, String> errors, Language language) {
        for (FormComponent end : form.fields()) {
            String startKey = end.properties().get(PROPERTY);
            if (startKey == null || startKey.isBlank() || errors.containsKey(end.key())) {
                continue;
            }
            // Valid dates are stored as yyyy-MM-dd, which sorts in calendar order.
            if (values.get(end.key()) instanceof String endDate
                    && values.get(startKey.trim()) instanceof String startDate
                    && endDate.compareTo(startDate) < 0) {
                String startLabel = form.field(startKey.trim()).map(start -> start.label(language)).orElse(startKey);
                errors.put(end.key(), Messages.dateBefore(language, end.label(language), startLabel));
                values.remove(end.key());
            }
        }
    }
}
