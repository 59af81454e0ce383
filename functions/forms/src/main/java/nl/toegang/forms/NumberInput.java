package nl.toegang.forms;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads numbers as residents type them: {@code 12}, {@code 12.5} or the Dutch {@code 12,5}. */
final class NumberInput {

    private NumberInput() {
    }

    static Optional<BigDecimal> parse(String input) {
        String text = input.trim();
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** Whole numbers become a Long, so process variables compare as integers in FEEL and DMN. */
    static Object typed(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            try {
                return stripped.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return number;
            }
        }
        return number;
    }

    static int decimals(BigDecimal number) {
        return Math.max(0, number.stripTrailingZeros().scale());
    }
}
