package nl.toegang.auth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static nl.toegang.auth.Browser.location;
import static nl.toegang.auth.Browser.setCookieHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

class PageAccessTest {

    private static AuthTestEnvironment env;

    @BeforeAll
    static void start() {
        env = AuthTestEnvironment.start();
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void a_page_without_a_session_sends_the_browser_to_the_login_with_the_way_back() {
        HttpResponse<String> response = env.browser().get("/page/me?tab=2");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/auth/login?return=%2Fpage%2Fme%3Ftab%3D2");
    }

    @Test
    void a_page_with_a_valid_session_cookie_greets_the_person() {
        Browser browser = env.browser();
        browser.setCookie(SessionCookies.SESSION, env.sessionFor("anna"));

        HttpResponse<String> response = browser.get("/page/me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Welkom, Anna Kowalska");
    }

    static Stream<Named<Supplier<String>>> cookiesThatAreNoSession() {
        return Stream.of(
                named("garbage", () -> "not-a-token"),
                named("a valid id token", () -> env.idp.tokenFor("anna")),
                named("an unknown session id", () -> "A".repeat(43)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cookiesThatAreNoSession")
    void a_cookie_that_is_no_live_session_is_cleared_and_the_browser_is_sent_to_the_login(Supplier<String> value) {
        Browser browser = env.browser();
        browser.setCookie(SessionCookies.SESSION, value.get());

        HttpResponse<String> response = browser.get("/page/me");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).startsWith("/auth/login?return=");
        assertThat(setCookieHeaders(response, SessionCookies.SESSION))
                .singleElement().satisfies(header -> assertThat(header).contains("Max-Age=0"));
        assertThat(browser.cookie(SessionCookies.SESSION)).isEmpty();
    }

    @Test
    void a_page_that_works_for_everyone_shows_who_is_signed_in_when_someone_is() {
        Browser browser = env.browser();
        assertThat(browser.get("/page/public").body()).contains("Niet ingelogd");

        browser.setCookie(SessionCookies.SESSION, env.sessionFor("sanne"));
        assertThat(browser.get("/page/public").body()).contains("Ingelogd als Sanne de Vries");
    }

    @Test
    void a_resident_is_refused_an_admin_page_with_a_readable_page() {
        Browser browser = env.browser();
        browser.setCookie(SessionCookies.SESSION, env.sessionFor("jan"));

        HttpResponse<String> response = browser.get("/page/admin-only");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Geen toegang").contains("No access")
                .contains("U bent ingelogd, maar u mag deze pagina niet zien.")
                .doesNotContainIgnoringCase("<script");
    }

    @Test
    void a_resident_is_refused_an_admin_api_with_403_problem_json() {
        HttpResponse<String> response = env.browser().get("/api/admin-only",
                "Authorization", "Bearer " + env.idp.tokenFor("jan"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Browser.json(response).path("status").asInt()).isEqualTo(403);
        assertThat(Browser.json(response).path("type").asText()).isEqualTo("urn:toegang:problem:forbidden");
    }

    @Test
    void an_administrator_may_use_the_admin_api() {
        HttpResponse<String> response = env.browser().get("/api/admin-only",
                "Authorization", "Bearer " + env.idp.tokenFor("bram"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Browser.json(response).path("name").asText()).isEqualTo("Bram Visser");
    }
}
