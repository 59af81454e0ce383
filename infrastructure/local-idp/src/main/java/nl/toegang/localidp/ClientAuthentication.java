package nl.toegang.localidp;

import com.sun.net.httpserver.HttpExchange;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks the client's credentials at the token endpoint, sent either as HTTP Basic
 * ({@code client_secret_basic}) or as form fields ({@code client_secret_post}).
 */
final class ClientAuthentication {

    private final String clientId;
    private final byte[] clientSecret;

    ClientAuthentication(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The authenticated client id, or empty when the credentials are missing or wrong. */
    Optional<String> authenticate(HttpExchange exchange, FormData form) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Optional<String[]> credentials = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                ? fromBasic(authorization.substring(6).trim())
                : form.get("client_id").map(id -> new String[] {id, form.getOrEmpty("client_secret")});
        return credentials.filter(this::matches).map(pair -> pair[0]);
    }

    private boolean matches(String[] credentials) {
        // Constant-time comparison, so response times do not leak the secret.
        return clientId.equals(credentials[0])
                && MessageDigest.isEqual(clientSecret, credentials[1].getBytes(StandardCharsets.UTF_8));
    }

    // RFC 6749, section 2.3.1: id and secret are form-encoded before they are joined with ':'.
    private static Optional<String[]> fromBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
