package nl.toegang.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What the browser keeps in the {@code toegang_login} cookie while it is at the provider:
 * the state (against forged callbacks), the nonce (ties the id token to this sign-in) and
 * the path to return to.
 */
record LoginState(String state, String nonce, String returnPath) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    static LoginState start(String returnPath) {
        return new LoginState(randomToken(), randomToken(), ReturnPath.orHome(returnPath));
    }

    String toCookieValue() {
        return state + "." + nonce + "." + ENCODER.encodeToString(returnPath.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<LoginState> fromCookieValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            String returnPath = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
            return Optional.of(new LoginState(parts[0], parts[1], ReturnPath.orHome(returnPath)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean matchesState(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                state.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
