package nl.toegang.core.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Case ids residents can read aloud on the phone (e.g. {@code WMO-7K3MQ-9XD2F}). The id is derived
 * from the submitter and their idempotency key, so the same submission always maps to the same case.
 */
public final class CaseIds {
    // Crockford's base32: no I, L, O or U, so the id cannot be misread.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private CaseIds() {}

    public static String derive(String prefix, String ownerId, String formId, String idempotencyKey) {
        byte[] hash = sha256(ownerId + "\n" + formId + "\n" + idempotencyKey);
        StringBuilder id = new StringBuilder(prefix).append('-');
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                id.append('-');
            }
            id.append(ALPHABET[(int) ((bits >>> (51 - 5 * i)) & 31)]);
        }
        return id.toString();
    }

    /** Whether a string has the shape of a case id, so a tampered path is refused before any lookup. */
    public static boolean looksValid(String caseId) {
        return caseId != null && caseId.matches("[A-Z]{2,10}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
