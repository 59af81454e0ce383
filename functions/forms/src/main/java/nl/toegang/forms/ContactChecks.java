package nl.toegang.forms;

import java.util.regex.Pattern;

/** Deliberately loose checks for e-mail addresses and phone numbers: catch typos, not exotic addresses. */
final class ContactChecks {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()\\-]+");

    private ContactChecks() {
    }

    static boolean isEmail(String input) {
        return EMAIL.matcher(input).matches();
    }

    /** Dutch numbers have 10 digits, international ones up to 15 (E.164). */
    static boolean isPhone(String input) {
        if (!PHONE_CHARACTERS.matcher(input).matches()) {
            return false;
        }
        long digits = input.chars().filter(Character::isDigit).count();
        return digits >= 10 && digits <= 15;
    }
}
