package nl.toegang.auth;

import static nl.toegang.auth.Browser.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in from the home page takes each person to their own start page: staff to theirs,
 * administrators to the admin page, residents back home. A sign-in from any other page still
 * returns to that page. Modules above auth hear of every sign-in, with the person's groups.
 */
class StartPageAfterSignInTest {

    static AuthTestEnvironment env;

    @BeforeAll
    static void start() {
        env = AuthTestEnvironment.start();
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    @Test
    void fromTheHomePageEveryoneLandsOnTheirOwnStartPage() {
        assertThat(location(env.signIn(env.browser(), "sanne", "/"))).isEqualTo("/werk/start");
        assertThat(location(env.signIn(env.browser(), "fatima", "/"))).isEqualTo("/werk/start");
        assertThat(location(env.signIn(env.browser(), "bram", "/"))).isEqualTo("/beheer");
        assertThat(location(env.signIn(env.browser(), "jan", "/"))).isEqualTo("/");
    }

    @Test
    void aSignInWithoutAReturnPathIsTreatedAsFromTheHomePage() {
        Browser browser = env.browser();
        HttpResponse<String> login = browser.get("/auth/login");
        assertThat(location(env.chooseAtProvider(browser, location(login), "daan"))).isEqualTo("/werk/start");
    }

    @Test
    void staffWhoSignInFromAPageGoBackToThatPage() {
        assertThat(location(env.signIn(env.browser(), "sanne", "/werk/zaken/WMO-1"))).isEqualTo("/werk/zaken/WMO-1");
    }

    @Test
    void everySignInIsAnnouncedWithThePersonsGroups() {
        SignedInRecorder recorder = env.server.getApplicationContext().getBean(SignedInRecorder.class);
        recorder.signedIn.clear();

        env.signIn(env.browser(), "fatima", "/page/me");

        assertThat(recorder.signedIn).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("fatima");
            assertThat(p.name()).isEqualTo("Fatima El Amrani");
            assertThat(p.groups()).containsExactlyInAnyOrder("wmo-teamleiders", "wmo-consulenten");
        });
    }
}
