package nl.toegang.forms;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** Turns a stored or entered value back into the text an input shows. */
final class DisplayValue {

    private DisplayValue() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "" : text(items.iterator().next());
        }
        return String.valueOf(value);
    }

    static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(DisplayValue::text).toList();
        }
        return List.of(text(value));
    }

    static boolean isTicked(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(text(value)) || "on".equalsIgnoreCase(text(value));
    }
}
