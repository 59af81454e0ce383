package nl.toegang.core.households;

import java.security.SecureRandom;

/** Household ids that can be read aloud, like case ids: {@code HH-7K3MQ-9XD2F}. */
public final class HouseholdIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private HouseholdIds() {}

    public static String next() {
        StringBuilder id = new StringBuilder("HH-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    /** Whether a string has the shape of a household id, so a tampered path is refused before any lookup. */
    public static boolean looksValid(String id) {
        return id != null && id.matches("HH-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    }
}
