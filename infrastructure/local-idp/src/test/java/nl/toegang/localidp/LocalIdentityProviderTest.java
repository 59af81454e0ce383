package nl.toegang.localidp;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static nl.toegang.localidp.IdpHttp.form;
import static nl.toegang.localidp.IdpHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class LocalIdentityProviderTest {

    private static final String CALLBACK = "http://127.0.0.1:9999/auth/callback";
    private static final String HOME = "http://127.0.0.1:9999/";

    private static LocalIdentityProvider idp;
    private static IdpHttp http;

    @BeforeAll
    static void start() {
        idp = LocalIdentityProvider.start("127.0.0.1", 0);
        idp.registerRedirectUri(CALLBACK);
        idp.registerPostLogoutRedirectUri(HOME);
        http = new IdpHttp(idp.issuer());
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    @Test
    void discovery_lists_the_endpoints_under_the_issuer() {
        HttpResponse<String> response = http.get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode metadata = json(response);
        assertThat(idp.issuer()).isEqualTo("http://127.0.0.1:" + idp.port());
        assertThat(metadata.path("issuer").asText()).isEqualTo(idp.issuer());
        assertThat(metadata.path("authorization_endpoint").asText()).isEqualTo(idp.issuer() + "/authorize");
        assertThat(metadata.path("token_endpoint").asText()).isEqualTo(idp.issuer() + "/token");
        assertThat(metadata.path("jwks_uri").asText()).isEqualTo(idp.issuer() + "/jwks.json");
        assertThat(metadata.path("end_session_endpoint").asText()).isEqualTo(idp.issuer() + "/logout");
    }

    @Test
    void the_published_key_verifies_a_token() throws Exception {
        JWKSet keys = JWKSet.parse(http.get("/jwks.json").body());
        SignedJWT token = SignedJWT.parse(idp.tokenFor("jan"));

        RSAKey key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).as("the JWKS must not publish the private key").isFalse();
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    }

    @Test
    void a_resident_token_carries_name_roles_and_bsn_for_eight_hours() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(idp.tokenFor("jan")).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo(idp.issuer());
        assertThat(claims.getAudience()).containsExactly("toegang");
        assertThat(claims.getSubject()).isEqualTo("jan");
        assertThat(claims.getStringClaim("name")).isEqualTo("Jan Bakker");
        assertThat(claims.getStringListClaim("roles")).containsExactly("resident");
        assertThat(claims.getStringClaim("bsn")).isEqualTo("111222333");
        Duration lifetime = Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
        assertThat(lifetime).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void a_team_lead_token_carries_groups_and_no_bsn() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(idp.tokenFor("fatima")).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("caseworker");
        assertThat(claims.getStringListClaim("groups")).containsExactlyInAnyOrder("wmo-teamleiders", "wmo-consulenten");
        assertThat(claims.getClaim("bsn")).isNull();
    }

    @Test
    void the_persona_grant_hands_out_a_token_for_curl() throws Exception {
        HttpResponse<String> response = http.postForm("/token", form(
                "grant_type", "urn:toegang:persona", "persona", "bram",
                "client_id", "toegang", "client_secret", "local-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(8 * 3600);
        assertThat(body.path("access_token").asText()).isEqualTo(body.path("id_token").asText());
        JWTClaimsSet claims = SignedJWT.parse(body.path("id_token").asText()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("bram");
        assertThat(claims.getStringListClaim("roles")).containsExactly("admin");
    }

    @Test
    void the_persona_grant_refuses_an_unknown_persona() {
        HttpResponse<String> response = http.postForm("/token", form(
                "grant_type", "urn:toegang:persona", "persona", "nobody",
                "client_id", "toegang", "client_secret", "local-secret"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void a_wrong_client_secret_gets_401_with_a_json_error() {
        HttpResponse<String> response = http.postForm("/token", form(
                "grant_type", "urn:toegang:persona", "persona", "jan",
                "client_id", "toegang", "client_secret", "guess"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void an_unknown_grant_type_is_refused() {
        HttpResponse<String> response = http.postForm("/token", form(
                "grant_type", "password", "client_id", "toegang", "client_secret", "local-secret"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Nested
    class SignInWithTheBrowser {

        @Test
        void the_sign_in_page_groups_personas_in_dutch_and_english_without_javascript() {
            HttpResponse<String> page = http.get(authorizeQuery("s1", ""));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body())
                    .contains("<html lang=\"nl\">")
                    .contains("Inwoners / Residents", "Medewerkers / Staff", "Beheerders / Administrators")
                    .contains("Jan Bakker", "Anna Kowalska", "Petra de Wit", "Sanne de Vries",
                            "Daan Jansen", "Fatima El Amrani", "Bram Visser")
                    .contains("<form method=\"post\" action=\"/authorize\">")
                    .contains("name=\"persona\" value=\"jan\"")
                    .doesNotContainIgnoringCase("<script");
            assertThat(page.body().indexOf("Inwoners / Residents"))
                    .isLessThan(page.body().indexOf("Medewerkers / Staff"))
                    .isLessThan(page.body().indexOf("Beheerders / Administrators"));
        }

        @Test
        void the_sign_in_page_leads_with_english_when_asked() {
            HttpResponse<String> page = http.get(authorizeQuery("s1", "&ui_locales=en"));

            assertThat(page.body()).contains("<html lang=\"en\">").contains("Residents / Inwoners");
        }

        @Test
        void the_sign_in_page_says_it_is_a_test_environment_that_keeps_nothing_in_the_readers_language_first() {
            String dutch = http.get(authorizeQuery("s1", "")).body();
            String english = http.get(authorizeQuery("s1", "&ui_locales=en")).body();

            String dutchNotice = "Dit is een testomgeving. Wat u hier invult, wordt niet bewaard.";
            String englishNotice = "This is a test environment. What you enter here is not kept.";
            assertThat(dutch).contains(dutchNotice, englishNotice);
            assertThat(dutch.indexOf(dutchNotice)).isLessThan(dutch.indexOf(englishNotice));
            assertThat(english.indexOf(englishNotice)).isNotNegative().isLessThan(english.indexOf(dutchNotice));
        }

        @Test
        void choosing_a_persona_returns_a_code_that_buys_a_token_once() throws Exception {
            String location = signInAs("petra", "state-123", "nonce-9");

            assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=state-123");
            String code = queryValue(location, "code");

            HttpResponse<String> tokens = http.postForm("/token", codeExchange(code, CALLBACK, "local-secret"));
            assertThat(tokens.statusCode()).isEqualTo(200);
            JWTClaimsSet claims = SignedJWT.parse(json(tokens).path("id_token").asText()).getJWTClaimsSet();
            assertThat(claims.getSubject()).isEqualTo("petra");
            assertThat(claims.getStringClaim("name")).isEqualTo("Petra de Wit");
            assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-9");

            HttpResponse<String> again = http.postForm("/token", codeExchange(code, CALLBACK, "local-secret"));
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(json(again).path("error").asText()).isEqualTo("invalid_grant");
        }

        @Test
        void a_code_only_works_with_the_redirect_uri_it_was_issued_for() {
            String code = queryValue(signInAs("sanne", "s", "n"), "code");

            HttpResponse<String> tokens = http.postForm("/token",
                    codeExchange(code, "http://127.0.0.1:9999/other", "local-secret"));

            assertThat(tokens.statusCode()).isEqualTo(400);
            assertThat(json(tokens).path("error").asText()).isEqualTo("invalid_grant");
        }

        @Test
        void the_client_may_also_authenticate_with_http_basic() throws Exception {
            String code = queryValue(signInAs("daan", "s", "n"), "code");
            String basic = java.util.Base64.getEncoder()
                    .encodeToString("toegang:local-secret".getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> tokens = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(URI.create(idp.issuer() + "/token"))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(IdpHttp.encode(form(
                                    "grant_type", "authorization_code", "code", code, "redirect_uri", CALLBACK))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(tokens.statusCode()).isEqualTo(200);
            assertThat(SignedJWT.parse(json(tokens).path("id_token").asText()).getJWTClaimsSet().getSubject())
                    .isEqualTo("daan");
        }

        @Test
        void a_redirect_uri_outside_the_allow_list_gets_an_error_page_not_a_redirect() {
            HttpResponse<String> page = http.get("/authorize?client_id=toegang&response_type=code&scope=openid"
                    + "&state=s&redirect_uri=" + enc("https://evil.example/callback"));

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("Location")).isEmpty();
            assertThat(page.body()).contains("Inloggen lukt niet").contains("Sign-in failed")
                    .contains("redirect_uri");
        }

        @Test
        void a_redirect_uri_that_hides_another_host_is_refused() {
            HttpResponse<String> response = http.postForm("/authorize", form(
                    "client_id", "toegang", "redirect_uri", "http://127.0.0.1:80@evil.example/cb",
                    "state", "s", "persona", "jan"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"http://127.0.0.1:9998/auth/callback", "http://127.0.0.1:9999/auth/callback/",
                "http://127.0.0.1:9999/other", "http://127.0.0.1:9999/auth/callback?x=1", "http://localhost:9999/auth/callback"})
        void only_the_exact_registered_redirect_uri_receives_a_code(String unregistered) {
            HttpResponse<String> page = http.get("/authorize?client_id=toegang&response_type=code&scope=openid"
                    + "&state=s&redirect_uri=" + enc(unregistered));
            HttpResponse<String> choice = http.postForm("/authorize", form(
                    "client_id", "toegang", "redirect_uri", unregistered, "state", "s", "persona", "jan"));

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("redirect_uri");
            assertThat(choice.statusCode()).isEqualTo(400);
            assertThat(choice.headers().firstValue("Location")).isEmpty();
        }

        @Test
        void an_address_registered_while_running_receives_codes_from_then_on() {
            String late = "http://127.0.0.1:9997/auth/callback";
            Map<String, String> choice = form("client_id", "toegang", "redirect_uri", late, "state", "s", "persona", "jan");
            assertThat(http.postForm("/authorize", choice).statusCode()).isEqualTo(400);

            idp.registerRedirectUri(late);

            HttpResponse<String> chosen = http.postForm("/authorize", choice);
            assertThat(chosen.statusCode()).isEqualTo(302);
            assertThat(chosen.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).startsWith(late + "?code="));
        }

        @Test
        void signing_out_returns_only_to_a_registered_address() {
            HttpResponse<String> back = http.get("/logout?post_logout_redirect_uri=" + enc(HOME));
            HttpResponse<String> elsewhere = http.get("/logout?post_logout_redirect_uri="
                    + enc("http://127.0.0.1:9998/"));

            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(back.headers().firstValue("Location")).hasValue(HOME);
            assertThat(elsewhere.statusCode()).isEqualTo(200);
            assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
            assertThat(elsewhere.body()).contains("U bent uitgelogd");
        }

        @Test
        void choosing_an_unknown_persona_gets_an_error_page() {
            HttpResponse<String> response = http.postForm("/authorize", form(
                    "client_id", "toegang", "redirect_uri", CALLBACK, "state", "s", "persona", "nobody"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/authorize?client_id=toegang&response_type=code&scope=openid&state=s&redirect_uri="
            + "http%3A%2F%2F127.0.0.1%3A9999%2Fauth%2Fcallback", "/authorize?client_id=nobody",
            "/.well-known/openid-configuration", "/no-such-page", "/logout"})
    void every_answer_carries_the_security_headers(String pathAndQuery) {
        HttpResponse<String> response = http.get(pathAndQuery);

        // form-action names the registered client, as the persona form is answered with a redirect there
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .startsWith("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' ")
                .contains(" http://127.0.0.1:9999").endsWith("; base-uri 'none'; frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void the_pages_take_their_style_from_a_cacheable_file_not_inline() {
        HttpResponse<String> page = http.get(authorizeQuery("s1", ""));
        HttpResponse<String> css = http.get("/style.css");

        assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/style.css\">").doesNotContain("<style");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void a_configured_client_secret_replaces_the_default() {
        try (LocalIdentityProvider other = LocalIdentityProvider.start(
                LocalIdpSettings.defaults("127.0.0.1", 0).withClientSecret("s3cret"))) {
            IdpHttp otherHttp = new IdpHttp(other.issuer());

            assertThat(otherHttp.postForm("/token", form("grant_type", "urn:toegang:persona", "persona", "jan",
                    "client_id", "toegang", "client_secret", "local-secret")).statusCode()).isEqualTo(401);
            assertThat(otherHttp.postForm("/token", form("grant_type", "urn:toegang:persona", "persona", "jan",
                    "client_id", "toegang", "client_secret", "s3cret")).statusCode()).isEqualTo(200);
        }
    }

    private static String signInAs(String persona, String state, String nonce) {
        HttpResponse<String> response = http.postForm("/authorize", form(
                "client_id", "toegang", "redirect_uri", CALLBACK, "state", state, "nonce", nonce,
                "persona", persona));
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> codeExchange(String code, String redirectUri, String secret) {
        return form("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "client_id", "toegang", "client_secret", secret);
    }

    private static String authorizeQuery(String state, String extra) {
        return "/authorize?client_id=toegang&response_type=code&scope=openid&state=" + state
                + "&redirect_uri=" + enc(CALLBACK) + extra;
    }

    private static String queryValue(String url, String name) {
        return FormData.parse(URI.create(url).getRawQuery()).getOrEmpty(name);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
