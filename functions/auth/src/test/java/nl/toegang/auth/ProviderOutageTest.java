package nl.toegang.auth;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When the identity provider is down, people get "try again later", not "you are signed out". */
class ProviderOutageTest {

    private static EmbeddedServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        server = AuthTestEnvironment.startServer(Map.of("toegang.auth.issuer", "http://127.0.0.1:" + closedPort));
        browser = new Browser("http://127.0.0.1:" + server.getPort());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_api_call_gets_503_problem_json() {
        HttpResponse<String> response = browser.get("/api/me", "Authorization", "Bearer a.b.c");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void a_page_keeps_the_session_cookie_and_shows_a_try_again_page() {
        browser.setCookie(SessionCookies.SESSION, "a.b.c");

        HttpResponse<String> response = browser.get("/page/me");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("Probeer het over een paar minuten opnieuw.")
                .contains("Please try again in a few minutes.");
        assertThat(Browser.setCookieHeaders(response, SessionCookies.SESSION)).isEmpty();
    }
}
