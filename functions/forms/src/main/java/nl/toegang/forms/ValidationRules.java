package nl.toegang.forms;

import java.math.BigDecimal;
import com.google.re2j.Pattern;

/**
 * The {@code validate} block of a component. Absent limits are null.
 * {@code validationType} is {@code email}, {@code phone} or null. The pattern is an RE2
 * expression: it is matched in time linear in the answer, whatever an administrator wrote.
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
