package nl.toegang.forms;

/**
 * The Dutch citizen service number (BSN): 9 digits that pass the 11-test
 * (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11), and not all zeros.
 */
public final class BsnCheck {

    private BsnCheck() {
    }

    /** Digits only: residents often type a BSN with spaces or dots, as printed on a passport. */
    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s.\\-]", "");
    }

    public static boolean hasNineDigits(String input) {
        return normalise(input).matches("\\d{9}");
    }

    public static boolean isValid(String input) {
        String digits = normalise(input);
        if (!digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
