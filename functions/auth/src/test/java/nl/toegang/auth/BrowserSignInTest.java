package nl.toegang.auth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static nl.toegang.auth.Browser.location;
import static nl.toegang.auth.Browser.setCookieHeaders;
import static org.assertj.core.api.Assertions.assertThat;

/** The authorization-code flow, step by step, as a browser without JavaScript does it. */
class BrowserSignInTest {

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
    void signing_in_from_a_page_ends_back_on_that_page_with_a_session() {
        Browser browser = env.browser();

        HttpResponse<String> page = browser.get("/page/me");
        assertThat(page.statusCode()).isEqualTo(302);

        HttpResponse<String> login = browser.get(location(page));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).startsWith(env.idp.issuer() + "/authorize?");
        assertThat(setCookieHeaders(login, SessionCookies.LOGIN)).singleElement()
                .satisfies(header -> assertThat(header).containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> callback = env.chooseAtProvider(browser, location(login), "sanne");
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback)).isEqualTo("/page/me");
        assertThat(setCookieHeaders(callback, SessionCookies.SESSION)).singleElement().satisfies(header ->
                assertThat(header).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Path=/;")
                        .doesNotContainIgnoringCase("Secure").containsPattern("Max-Age=28[0-9]{3}"));
        assertThat(browser.cookie(SessionCookies.LOGIN)).as("the one-time login cookie is gone").isEmpty();

        HttpResponse<String> back = browser.get(location(callback));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Welkom, Sanne de Vries");
    }

    @Test
    void signing_out_clears_the_session_and_goes_home_through_the_provider() {
        Browser browser = env.browser();
        env.signIn(browser, "jan", "/page/me");
        assertThat(browser.get("/page/me").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.postForm("/auth/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).startsWith(env.idp.issuer() + "/logout?client_id=toegang&post_logout_redirect_uri="
                + URLEncoder.encode(env.appBase + "/", StandardCharsets.UTF_8));
        assertThat(location(browser.get(location(logout)))).isEqualTo(env.appBase + "/");
        assertThat(browser.cookie(SessionCookies.SESSION)).isEmpty();
        assertThat(browser.get("/page/me").statusCode()).isEqualTo(302);
    }

    @Test
    void the_provider_page_follows_the_chosen_language() {
        Browser browser = env.browser();
        browser.setCookie(SessionCookies.LANGUAGE, "en");

        HttpResponse<String> login = browser.get("/auth/login?return=%2Fpage%2Fme");
        HttpResponse<String> providerPage = browser.get(location(login));

        assertThat(location(login)).contains("ui_locales=en");
        assertThat(providerPage.body()).contains("<html lang=\"en\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/", "/\\evil.example", "/\t/evil.example",
            "evil.example"})
    void a_return_address_on_another_site_is_refused_and_the_person_lands_home(String returnTo) {
        Browser browser = env.browser();

        HttpResponse<String> callback = env.signIn(browser, "anna", returnTo);

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback)).isEqualTo("/");
        assertThat(browser.cookie(SessionCookies.SESSION)).isPresent();
    }

    @Test
    void a_callback_with_a_forged_state_is_refused_with_a_readable_page() {
        Browser browser = env.browser();
        HttpResponse<String> login = browser.get("/auth/login?return=%2Fpage%2Fme");
        String callbackUrl = location(env.providerChoice(browser, location(login), "jan"));
        String forged = callbackUrl.replaceAll("state=[^&]+", "state=forged");

        HttpResponse<String> callback = browser.get(forged);

        assertRefusedPage(callback);
        assertThat(browser.cookie(SessionCookies.SESSION)).isEmpty();
    }

    @Test
    void a_callback_without_the_login_cookie_is_refused() {
        Browser browser = env.browser();
        HttpResponse<String> login = browser.get("/auth/login?return=%2Fpage%2Fme");
        String callbackUrl = location(env.providerChoice(browser, location(login), "jan"));

        HttpResponse<String> callback = env.browser().get(callbackUrl);

        assertRefusedPage(callback);
    }

    @Test
    void a_code_cannot_be_used_twice() {
        Browser browser = env.browser();
        HttpResponse<String> login = browser.get("/auth/login?return=%2Fpage%2Fme");
        String loginCookie = browser.cookie(SessionCookies.LOGIN).orElseThrow();
        String callbackUrl = location(env.providerChoice(browser, location(login), "jan"));
        assertThat(browser.get(callbackUrl).statusCode()).isEqualTo(302);

        Browser replay = env.browser();
        replay.setCookie(SessionCookies.LOGIN, loginCookie);
        HttpResponse<String> again = replay.get(callbackUrl);

        assertRefusedPage(again);
        assertThat(replay.cookie(SessionCookies.SESSION)).isEmpty();
    }

    private static void assertRefusedPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Inloggen is niet gelukt").contains("Sign-in failed")
                .contains("href=\"/auth/login\"");
        assertThat(setCookieHeaders(response, SessionCookies.SESSION)).isEmpty();
    }
}
