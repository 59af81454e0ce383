package nl.toegang.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks submitted answers against a form on the server, the only place a check can be trusted.
 * Keys the form does not define are dropped, so a crafted post cannot add process variables.
 */
public final class FormValidator {

    /** "Today" for birth dates is the Dutch calendar day, whatever zone the server runs in. */
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private FormValidator() {
    }

    /**
     * Checks a form post ({@code application/x-www-form-urlencoded}); a checklist sends its key
     * once per ticked option.
     *
     * @param context process variables and lists for options with a {@code valuesKey}; may be null
     */
    public static FormResult validate(FormDefinition form, Map<String, List<String>> rawInput,
                                      Language language, Map<String, Object> context) {
        Map<String, List<String>> input = rawInput == null ? Map.of() : rawInput;
        LocalDate today = LocalDate.now(DUTCH_TIME);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> entered = new LinkedHashMap<>();
        List<FormComponent> fields = form.fields().stream().filter(field -> !field.readonly()).toList();
        for (FormComponent field : fields) {
            FieldValidator validator = new FieldValidator(field, language, OptionSource.options(field, context), today);
            List<String> raw = input.getOrDefault(field.key(), List.of());
            FieldOutcome outcome = validator.check(raw == null ? List.of() : raw);
            if (outcome.value() != null) {
                values.put(field.key(), outcome.value());
            }
            if (outcome.error() != null) {
                errors.put(field.key(), outcome.error());
            }
            if (outcome.entered() != null) {
                entered.put(field.key(), outcome.entered());
            }
        }
        dropHiddenFields(fields, values, errors);
        DateOrder.check(form, values, errors, language);
        MinimumAge.check(form, values, errors, language, today, context);
        return new FormResult(values, errors, entered);
    }

    /**
     * What was typed, read as a send would read it but not judged: for showing the same form
     * again without errors, such as in the other language.
     */
    public static Map<String, Object> entered(FormDefinition form, Map<String, List<String>> input,
                                              Language language, Map<String, Object> context) {
        return validate(form, input, language, context).enteredValues();
    }

    /**
     * Checks answers sent as JSON: strings, numbers, booleans and arrays, with the same rules
     * as a form post. Numbers and booleans are read as the text a form would have sent.
     */
    public static FormResult validateJson(FormDefinition form, Map<String, Object> json,
                                          Language language, Map<String, Object> context) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        if (json != null) {
            json.forEach((key, value) -> raw.put(key, asTexts(value)));
        }
        return validate(form, raw, language, context);
    }

    private static void dropHiddenFields(List<FormComponent> fields, Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> answers = Map.copyOf(values);
        for (FormComponent field : fields) {
            if (field.hide().filter(condition -> condition.hides(answers)).isPresent()) {
                values.remove(field.key());
                errors.remove(field.key());
            }
        }
    }

    private static List<String> asTexts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            List<String> texts = new ArrayList<>();
            items.forEach(item -> texts.addAll(asTexts(item)));
            return texts;
        }
        if (value instanceof Map<?, ?>) {
            // No field takes an object; treat it as not answered rather than guess.
            return List.of();
        }
        if (value instanceof BigDecimal number) {
            return List.of(number.toPlainString());
        }
        if (value instanceof Double || value instanceof Float) {
            return List.of(new BigDecimal(value.toString()).toPlainString());
        }
        return List.of(String.valueOf(value));
    }
}
