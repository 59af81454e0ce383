package nl.toegang.forms;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The {@code validate} block of a component. Absent limits are null.
 * {@code validationType} is {@code email}, {@code phone} or null.
 */
public record ValidationRules(
        boolean required,
        Integer minLength,
        Integer maxLength,
        Pattern pattern,
        BigDecimal min,
        BigDecimal max,
        String validationType) {

    static final ValidationRules NONE = new ValidationRules(false, null, null, null, null, null, null);

    public boolean isEmail() {
        return "email".equals(validationType);
    }

    public boolean isPhone() {
        return "phone".equals(validationType);
    }
}
