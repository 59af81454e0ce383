package nl.toegang.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of checking a submitted form.
 *
 * @param values        the cleaned, typed answers that passed every check, in form order:
 *                      String, Long or BigDecimal, Boolean, List&lt;String&gt;, dates as {@code yyyy-MM-dd}.
 *                      Empty optional fields are left out. Store these only when {@link #isValid()}.
 * @param errors        field key to a message that names the field, in form order
 * @param enteredValues what the resident entered, for showing the form again with the errors:
 *                      the cleaned value where it passed, the trimmed text where it did not
 */
public record FormResult(Map<String, Object> values, Map<String, String> errors, Map<String, Object> enteredValues) {

    public FormResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        enteredValues = Collections.unmodifiableMap(new LinkedHashMap<>(enteredValues));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
