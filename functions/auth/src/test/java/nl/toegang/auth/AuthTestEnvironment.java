package nl.toegang.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.toegang.localidp.LocalIdentityProvider;
import nl.toegang.localidp.LocalIdpSettings;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.toegang.auth.Browser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real local identity provider, a real Micronaut server that trusts it (registered there as a
 * client at its random port) and DynamoDB Local for the sessions.
 */
final class AuthTestEnvironment implements AutoCloseable {

    private static final Pattern HIDDEN_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    final LocalIdentityProvider idp;
    final EmbeddedServer server;
    final String appBase;

    private AuthTestEnvironment(LocalIdentityProvider idp, EmbeddedServer server) {
        this.idp = idp;
        this.server = server;
        this.appBase = "http://127.0.0.1:" + server.getPort();
    }

    static AuthTestEnvironment start() {
        return start(LocalIdpSettings.defaults("127.0.0.1", 0), Map.of());
    }

    static AuthTestEnvironment start(LocalIdpSettings idpSettings, Map<String, Object> extra) {
        LocalIdentityProvider idp = LocalIdentityProvider.start(idpSettings);
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("toegang.auth.issuer", idp.issuer());
        EmbeddedServer server = startServer(properties);
        String appBase = "http://127.0.0.1:" + server.getPort();
        idp.registerRedirectUri(appBase + AuthController.CALLBACK_PATH);
        idp.registerPostLogoutRedirectUri(appBase + "/");
        return new AuthTestEnvironment(idp, server);
    }

    static EmbeddedServer startServer(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("micronaut.server.port", -1);
        properties.put("toegang.auth.client-secret", "local-secret");
        properties.put(TestDynamoDb.ENDPOINT_PROPERTY, TestDynamoDb.endpoint().toString());
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

    /** A session in the server's store, as a sign-in as this persona would leave it. */
    String sessionFor(String persona) {
        JWTClaimsSet claims = idp.claimsFor(persona).build();
        return sessions(server).start(TokenVerifier.toPrincipal(claims), claims.getExpirationTime().toInstant());
    }

    static SessionStore sessions(EmbeddedServer server) {
        return server.getApplicationContext().getBean(SessionStore.class);
    }

    /** The whole flow from /auth/login; returns the app's answer to the callback. */
    HttpResponse<String> signIn(Browser browser, String persona, String returnTo) {
        HttpResponse<String> login = browser.get("/auth/login?return="
                + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        return chooseAtProvider(browser, location(login), persona);
    }

    HttpResponse<String> chooseAtProvider(Browser browser, String authorizeUrl, String persona) {
        return browser.get(location(providerChoice(browser, authorizeUrl, persona)));
    }

    /** Opens the provider's page and presses the persona's button, as a person would. */
    HttpResponse<String> providerChoice(Browser browser, String authorizeUrl, String persona) {
        HttpResponse<String> page = browser.get(authorizeUrl);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher field = HIDDEN_FIELD.matcher(page.body());
        while (field.find()) {
            form.put(field.group(1), field.group(2).replace("&amp;", "&").replace("&quot;", "\""));
        }
        assertThat(page.body()).contains("name=\"persona\" value=\"" + persona + "\"");
        form.put("persona", persona);
        HttpResponse<String> chosen = browser.postForm(URI.create(authorizeUrl).resolve("/authorize").toString(), form);
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(location(chosen)).startsWith(appBase + AuthController.CALLBACK_PATH + "?code=");
        return chosen;
    }
}
