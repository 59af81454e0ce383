package nl.toegang.localidp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Only sends people back to addresses that start with an allowed prefix. */
final class RedirectUriPolicy {

    private final List<String> allowedPrefixes;

    RedirectUriPolicy(List<String> allowedPrefixes) {
        this.allowedPrefixes = List.copyOf(allowedPrefixes);
    }

    boolean allows(String redirectUri) {
        if (redirectUri == null || redirectUri.isBlank() || !isAbsoluteUriWithoutFragment(redirectUri)) {
            return false;
        }
        return allowedPrefixes.stream().anyMatch(redirectUri::startsWith);
    }

    // A prefix check alone would let "http://127.0.0.1:80@evil.example/" through.
    private static boolean isAbsoluteUriWithoutFragment(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
