package nl.toegang.auth;

import nl.toegang.localidp.LocalIdpSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static nl.toegang.auth.Browser.location;
import static org.assertj.core.api.Assertions.assertThat;

/** The browser session lives on the server: the cookie is only its id, and signing out ends it. */
class SessionTest {

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
    void the_session_cookie_holds_a_random_id_and_not_the_token_with_the_bsn() {
        Browser browser = env.browser();
        env.signIn(browser, "jan", "/page/me");

        String cookie = browser.cookie(SessionCookies.SESSION).orElseThrow();

        assertThat(cookie).matches("[A-Za-z0-9_-]{43}").doesNotContain(".");
        assertThat(new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.ISO_8859_1))
                .doesNotContain("111222333").doesNotContain("Jan Bakker");
        assertThat(browser.get("/api/me").body()).contains("\"bsn\":\"111222333\"");
    }

    @Test
    void whom_a_representative_acts_for_and_a_referrer_s_practice_survive_in_the_server_side_session() {
        Browser bewind = env.browser();
        env.signIn(bewind, "bewind", "/page/me");
        Browser dokter = env.browser();
        env.signIn(dokter, "dokter", "/page/me");

        assertThat(bewind.get("/page/data", "Accept", "application/json").body())
                .contains("999991103/bewindvoerder").contains("123456782/bewindvoerder");
        assertThat(dokter.get("/page/data", "Accept", "application/json").body())
                .contains("\"organisation\":\"Huisartsenpraktijk De Linde\"").contains("\"agb\":\"01012345\"");
    }

    @Test
    void after_signing_out_a_copy_of_the_cookie_no_longer_works() {
        Browser browser = env.browser();
        env.signIn(browser, "jan", "/page/me");
        String copied = browser.cookie(SessionCookies.SESSION).orElseThrow();

        browser.postForm("/auth/logout", Map.of());

        Browser thief = env.browser();
        thief.setCookie(SessionCookies.SESSION, copied);
        HttpResponse<String> page = thief.get("/page/me");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).startsWith("/auth/login");
        assertThat(thief.cookie(SessionCookies.SESSION)).as("the dead cookie is cleared").isEmpty();
        thief.setCookie(SessionCookies.SESSION, copied);
        assertThat(thief.get("/page/data", "Accept", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void signing_out_ends_only_this_browser_s_session() {
        Browser phone = env.browser();
        Browser laptop = env.browser();
        env.signIn(phone, "anna", "/page/me");
        env.signIn(laptop, "anna", "/page/me");

        phone.postForm("/auth/logout", Map.of());

        assertThat(phone.get("/page/me").statusCode()).isEqualTo(302);
        assertThat(laptop.get("/page/me").body()).contains("Welkom, Anna Kowalska");
    }

    @Test
    void signing_in_again_replaces_the_earlier_session() {
        Browser browser = env.browser();
        env.signIn(browser, "sanne", "/page/me");
        String first = browser.cookie(SessionCookies.SESSION).orElseThrow();

        env.signIn(browser, "daan", "/page/me");

        assertThat(browser.cookie(SessionCookies.SESSION)).isPresent().get().isNotEqualTo(first);
        assertThat(browser.get("/page/me").body()).contains("Welkom, Daan Jansen");
        assertThat(AuthTestEnvironment.sessions(env.server).find(first)).isEmpty();
    }

    @Test
    void a_session_ends_when_the_token_it_came_from_expires() throws InterruptedException {
        try (AuthTestEnvironment shortLived = AuthTestEnvironment.start(
                LocalIdpSettings.defaults("127.0.0.1", 0).withTokenLifetime(Duration.ofSeconds(4)), Map.of())) {
            Browser browser = shortLived.browser();
            shortLived.signIn(browser, "petra", "/page/me");
            assertThat(browser.get("/page/me").statusCode()).isEqualTo(200);

            Thread.sleep(5000);

            // The token's clock skew does not stretch the session: this server's own clock decides.
            assertThat(browser.get("/page/me").statusCode()).isEqualTo(302);
        }
    }
}
