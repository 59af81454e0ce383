package nl.toegang.localidp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small OpenID Connect provider for local runs and tests. It stands in for DigiD and the
 * municipality's staff identity provider: people sign in by picking a persona.
 *
 * <pre>{@code
 * try (LocalIdentityProvider idp = LocalIdentityProvider.start("127.0.0.1", 0)) {
 *     String token = idp.tokenFor("jan");
 * }
 * }</pre>
 */
public final class LocalIdentityProvider implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final ProviderContext context;

    private LocalIdentityProvider(HttpServer server, ExecutorService executor, ProviderContext context) {
        this.server = server;
        this.executor = executor;
        this.context = context;
    }

    /** Starts with the default client ({@code toegang} / {@code local-secret}); port 0 picks a free port. */
    public static LocalIdentityProvider start(String host, int port) {
        return start(LocalIdpSettings.defaults(host, port));
    }

    public static LocalIdentityProvider start(LocalIdpSettings settings) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + settings.host() + ":" + settings.port(), e);
        }
        String issuer = "http://" + hostForUrl(settings.host()) + ":" + server.getAddress().getPort();
        ObjectMapper json = new ObjectMapper();
        Clock clock = Clock.systemUTC();
        ProviderContext context = new ProviderContext(
                issuer,
                settings,
                PersonaCatalog.fromClasspath(json),
                new TokenMinter(issuer, settings.clientId(), settings.tokenLifetime(), clock),
                new AuthorizationCodes(clock),
                new RedirectUriPolicy(settings.redirectUris()),
                new RedirectUriPolicy(settings.postLogoutRedirectUris()),
                json);
        SecurityHeaders headers = new SecurityHeaders(context.redirectUris());
        try {
            route(server, headers, Paths.DISCOVERY, new DiscoveryHandler(context));
        } catch (JsonProcessingException e) {
            server.stop(0);
            throw new IllegalStateException("Cannot write the discovery document", e);
        }
        route(server, headers, Paths.JWKS, new JwksHandler(context));
        route(server, headers, Paths.AUTHORIZE, new AuthorizeHandler(context));
        route(server, headers, Paths.TOKEN, new TokenHandler(context));
        route(server, headers, Paths.END_SESSION, new EndSessionHandler(context));
        route(server, headers, Paths.STYLESHEET, new StylesheetHandler());
        route(server, headers, "/", exchange -> exchange.sendResponseHeaders(404, -1));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new LocalIdentityProvider(server, executor, context);
    }

    private static void route(HttpServer server, SecurityHeaders headers, String path, HttpHandler handler) {
        server.createContext(path, new ExactPathHandler(path, handler, headers));
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The issuer URL, e.g. {@code http://127.0.0.1:8081}; discovery lives below it. */
    public String issuer() {
        return context.issuer();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public LocalIdpSettings settings() {
        return context.settings();
    }

    /**
     * Lets sign-ins send their code to exactly this address, e.g.
     * {@code http://127.0.0.1:49152/auth/callback}. For clients that learn their port only after
     * this provider has started.
     */
    public void registerRedirectUri(String redirectUri) {
        context.redirectUris().register(redirectUri);
    }

    /** Lets the end-session endpoint send people back to exactly this address after signing out. */
    public void registerPostLogoutRedirectUri(String redirectUri) {
        context.postLogoutRedirectUris().register(redirectUri);
    }

    public List<Persona> personas() {
        return context.personas().all();
    }

    public Optional<Persona> persona(String personaId) {
        return context.personas().find(personaId);
    }

    /** A signed token for the persona, as the token endpoint would hand out. */
    public String tokenFor(String personaId) {
        return context.tokens().sign(claimsFor(personaId).build());
    }

    /** The claims {@link #tokenFor} would sign, for tests that want to change one (expiry, audience). */
    public JWTClaimsSet.Builder claimsFor(String personaId) {
        return context.tokens().claimsFor(context.personas().get(personaId));
    }

    /** Signs any claims with this provider's key, e.g. an expired token for a test. */
    public String sign(JWTClaimsSet claims) {
        return context.tokens().sign(claims);
    }

    /** The id of the current signing key, as in the token header and the JWKS. */
    public String keyId() {
        return context.tokens().keyId();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
