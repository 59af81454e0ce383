package nl.toegang.localidp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a local identity provider is started.
 *
 * @param host                  the address to listen on, also used in the issuer URL
 * @param port                  0 picks a free port
 * @param clientId              the only client this provider knows; also the token audience
 * @param clientSecret          the secret that client must present at the token endpoint
 * @param redirectUriPrefixes   a redirect_uri must start with one of these
 * @param tokenLifetime         how long an issued token stays valid
 */
public record LocalIdpSettings(
        String host,
        int port,
        String clientId,
        String clientSecret,
        List<String> redirectUriPrefixes,
        Duration tokenLifetime) {

    public static final String DEFAULT_CLIENT_ID = "toegang";
    public static final String DEFAULT_CLIENT_SECRET = "local-secret";
    public static final List<String> DEFAULT_REDIRECT_URI_PREFIXES =
            List.of("http://127.0.0.1:", "http://localhost:");
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(8);

    public LocalIdpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        redirectUriPrefixes = List.copyOf(redirectUriPrefixes);
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
    }

    public static LocalIdpSettings defaults(String host, int port) {
        return new LocalIdpSettings(host, port, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET,
                DEFAULT_REDIRECT_URI_PREFIXES, DEFAULT_TOKEN_LIFETIME);
    }

    public LocalIdpSettings withClientSecret(String secret) {
        return new LocalIdpSettings(host, port, clientId, secret, redirectUriPrefixes, tokenLifetime);
    }

    public LocalIdpSettings withRedirectUriPrefixes(List<String> prefixes) {
        return new LocalIdpSettings(host, port, clientId, clientSecret, prefixes, tokenLifetime);
    }
}
