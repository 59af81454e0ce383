package nl.toegang.forms;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dutch postcodes: four digits (not starting with 0) and two letters, stored as {@code 1234 AB}. */
public final class PostcodeCheck {

    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})\\s*([A-Za-z]{2})");

    private PostcodeCheck() {
    }

    /** The postcode in the form {@code 1234 AB}, or empty when the input is not a Dutch postcode. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTCODE.matcher(input.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }
}
