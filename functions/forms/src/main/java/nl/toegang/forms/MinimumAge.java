package nl.toegang.forms;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A birth date that must show a minimum age, declared in the form: the date field gets the
 * component property {@code minimumAge} (whole years) and, optionally, {@code minimumAgeWhen}: a
 * condition in the same small language as {@code conditional.hide} that says when the rule holds
 * (a young person may ask for youth care themselves from 12, so {@code =namens = "zelf"}).
 */
final class MinimumAge {

    static final String PROPERTY = "minimumAge";
    static final String WHEN_PROPERTY = "minimumAgeWhen";
    /** No rule needs more; a larger number is a typing error. */
    static final int HIGHEST = 130;

    private MinimumAge() {
    }

    /** The minimum age in years, if this field declares one; the parser has checked it is a whole number. */
    static Optional<Integer> of(FormComponent field) {
        String value = field.properties().get(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(value.trim()));
    }

    /** The condition under which the rule holds; empty means always. */
    static Optional<HideCondition> when(FormComponent field) {
        String value = field.properties().get(WHEN_PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(HideCondition.parse(value));
    }

    /**
     * Adds an error to each date that shows someone younger than the field's minimum age, when its condition holds.
     *
     * @param context answers given elsewhere (an earlier step of the form); the condition reads them too
     */
    static void check(FormDefinition form, Map<String, Object> values, Map<String, String> errors, Language language,
                      LocalDate today, Map<String, Object> context) {
        Map<String, Object> answers = new HashMap<>(context == null ? Map.of() : context);
        answers.putAll(values);
        for (FormComponent field : form.fields()) {
            Optional<Integer> years = of(field);
            if (years.isEmpty() || errors.containsKey(field.key())
                    || when(field).filter(condition -> !condition.hides(answers)).isPresent()) {
                continue;
            }
            // Valid dates are stored as yyyy-MM-dd.
            if (values.get(field.key()) instanceof String date
                    && Period.between(LocalDate.parse(date), today).getYears() < years.get()) {
                errors.put(field.key(), Messages.tooYoung(language, field.label(language), years.get()));
                values.remove(field.key());
            }
        }
    }
}
