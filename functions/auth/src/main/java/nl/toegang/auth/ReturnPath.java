package nl.toegang.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where to send someone after signing in: only a path on this site. Anything that a browser
 * could read as another host ({@code //evil.example}, {@code /\evil.example}, a full URL) is
 * refused, so the login cannot be used as an open redirect.
 */
final class ReturnPath {

    static final String HOME = "/";
    private static final int MAX_LENGTH = 2000;

    private ReturnPath() {
    }

    static String orHome(String candidate) {
        return safe(candidate).orElse(HOME);
    }

    static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (!candidate.startsWith("/") || candidate.startsWith("//")) {
            return Optional.empty();
        }
        // Browsers treat '\' as '/' and drop tabs and newlines, which turns "/\t/x" into "//x".
        for (char c : candidate.toCharArray()) {
            if (c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
