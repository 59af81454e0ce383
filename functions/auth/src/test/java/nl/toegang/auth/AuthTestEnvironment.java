package nl.toegang.auth;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.toegang.localidp.LocalIdentityProvider;

import java.util.HashMap;
import java.util.Map;

/** A real local identity provider and a real Micronaut server that trusts it. */
final class AuthTestEnvironment implements AutoCloseable {

    final LocalIdentityProvider idp;
    final EmbeddedServer server;
    final String appBase;

    private AuthTestEnvironment(LocalIdentityProvider idp, EmbeddedServer server) {
        this.idp = idp;
        this.server = server;
        this.appBase = "http://127.0.0.1:" + server.getPort();
    }

    static AuthTestEnvironment start() {
        LocalIdentityProvider idp = LocalIdentityProvider.start("127.0.0.1", 0);
        return new AuthTestEnvironment(idp, startServer(Map.of("toegang.auth.issuer", idp.issuer())));
    }

    static EmbeddedServer startServer(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("micronaut.server.port", -1);
        properties.put("toegang.auth.client-secret", "local-secret");
        properties.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    Browser browser() {
        return new Browser(appBase);
    }

    @Override
    public void close() {
        server.close();
        idp.close();
    }
}
