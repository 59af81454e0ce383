package nl.toegang.auth;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** When the identity provider is down, people get "try again later", not "you are signed out". */
class ProviderOutageTest {

    private static EmbeddedServer server;
    private static String appBase;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        server = AuthTestEnvironment.startServer(Map.of("toegang.auth.issuer", "http://127.0.0.1:" + closedPort));
        appBase = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_api_call_gets_503_problem_json() {
        HttpResponse<String> response = new Browser(appBase).get("/api/me", "Authorization", "Bearer a.b.c");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void someone_signed_in_keeps_working_because_the_session_needs_no_provider() {
        Browser browser = new Browser(appBase);
        browser.setCookie(SessionCookies.SESSION, sessionOf("Sanne de Vries"));

        HttpResponse<String> response = browser.get("/page/me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Welkom, Sanne de Vries");
    }

    @Test
    void signing_in_shows_a_try_again_page() {
        HttpResponse<String> response = new Browser(appBase).get("/auth/login?return=%2Fpage%2Fme");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Probeer het over een paar minuten opnieuw.")
                .contains("Please try again in a few minutes.");
    }

    @Test
    void signing_out_still_ends_the_session_and_goes_home() {
        Browser browser = new Browser(appBase);
        String session = sessionOf("Daan Jansen");
        browser.setCookie(SessionCookies.SESSION, session);

        HttpResponse<String> logout = browser.postForm("/auth/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(Browser.location(logout)).isEqualTo("/");
        assertThat(AuthTestEnvironment.sessions(server).find(session)).isEmpty();
    }

    private static String sessionOf(String name) {
        return AuthTestEnvironment.sessions(server).start(
                new Principal(name.toLowerCase().replace(' ', '-'), name, Set.of(Principal.CASEWORKER),
                        Set.of("wmo-consulenten"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
                Instant.now().plus(Duration.ofHours(1)));
    }
}
