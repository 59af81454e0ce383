package nl.toegang.localidp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a local identity provider is started.
 *
 * @param host                   the address to listen on, also used in the issuer URL
 * @param port                   0 picks a free port
 * @param clientId               the only client this provider knows; also the token audience
 * @param clientSecret           the secret that client must present at the token endpoint
 * @param redirectUris           the exact addresses a code may be sent to; more can be registered
 *                               later with {@link LocalIdentityProvider#registerRedirectUri}
 * @param postLogoutRedirectUris the exact addresses the end-session endpoint may send people back to
 * @param tokenLifetime          how long an issued token stays valid
 */
public record LocalIdpSettings(
        String host,
        int port,
        String clientId,
        String clientSecret,
        List<String> redirectUris,
        List<String> postLogoutRedirectUris,
        Duration tokenLifetime) {

    public static final String DEFAULT_CLIENT_ID = "toegang";
    public static final String DEFAULT_CLIENT_SECRET = "local-secret";
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(8);

    public LocalIdpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        redirectUris = List.copyOf(redirectUris);
        postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
    }

    /** No address is registered yet: the client registers its own once it knows its port. */
    public static LocalIdpSettings defaults(String host, int port) {
        return new LocalIdpSettings(host, port, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET,
                List.of(), List.of(), DEFAULT_TOKEN_LIFETIME);
    }

    public LocalIdpSettings withClientSecret(String secret) {
        return new LocalIdpSettings(host, port, clientId, secret, redirectUris, postLogoutRedirectUris, tokenLifetime);
    }

    public LocalIdpSettings withRedirectUris(List<String> uris, List<String> postLogoutUris) {
        return new LocalIdpSettings(host, port, clientId, clientSecret, uris, postLogoutUris, tokenLifetime);
    }

    public LocalIdpSettings withTokenLifetime(Duration lifetime) {
        return new LocalIdpSettings(host, port, clientId, clientSecret, redirectUris, postLogoutRedirectUris, lifetime);
    }
}
