package nl.toegang.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import nl.toegang.localidp.LocalIdentityProvider;
import nl.toegang.localidp.LocalIdpSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static nl.toegang.auth.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

class BearerTokenTest {

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
    void a_valid_bearer_token_gives_the_persona_as_principal() {
        HttpResponse<String> response = callApiWith(env.idp.tokenFor("jan"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json(response);
        assertThat(me.path("subject").asText()).isEqualTo("jan");
        assertThat(me.path("name").asText()).isEqualTo("Jan Bakker");
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("resident");
        assertThat(me.path("groups")).isEmpty();
        assertThat(me.path("bsn").asText()).isEqualTo("111222333");
    }

    @Test
    void a_team_lead_token_carries_both_teams_and_no_bsn() {
        JsonNode me = json(callApiWith(env.idp.tokenFor("fatima")));

        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("caseworker");
        assertThat(me.path("groups")).extracting(JsonNode::asText)
                .containsExactly("wmo-consulenten", "wmo-teamleiders");
        assertThat(me.hasNonNull("bsn")).isFalse();
    }

    @Test
    void an_api_call_without_a_token_gets_401_problem_json() {
        HttpResponse<String> response = env.browser().get("/api/me");

        assertUnauthorizedProblem(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void a_page_request_that_asks_for_json_gets_401_instead_of_a_redirect() {
        HttpResponse<String> response = env.browser().get("/page/data", "Accept", "application/json");

        assertUnauthorizedProblem(response);
    }

    static Stream<Named<Callable<String>>> untrustworthyTokens() {
        return Stream.of(
                named("expired", () -> env.idp.sign(env.idp.claimsFor("jan")
                        .issueTime(Date.from(Instant.now().minus(Duration.ofHours(9))))
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                        .build())),
                named("tampered", () -> tamper(env.idp.tokenFor("jan"))),
                named("wrong audience", () -> env.idp.sign(env.idp.claimsFor("jan").audience("another-app").build())),
                named("signed by another key", () -> signWithFreshKey("intruder")),
                named("signed by another key with the provider's kid", () -> signWithFreshKey(env.idp.keyId())),
                named("unsigned (alg none)", () -> new PlainJWT(env.idp.claimsFor("bram").build()).serialize()),
                named("from another provider", BearerTokenTest::tokenFromAnotherProvider),
                named("not a JWT", () -> "hello"),
                named("issued in the future", () -> env.idp.sign(env.idp.claimsFor("jan")
                        .issueTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                        .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(8))))
                        .build())),
                named("empty subject", () -> env.idp.sign(env.idp.claimsFor("jan").subject("").build())),
                named("blank subject", () -> env.idp.sign(env.idp.claimsFor("jan").subject("  ").build())),
                named("valid for longer than the maximum", () -> env.idp.sign(env.idp.claimsFor("jan")
                        .issueTime(Date.from(Instant.now()))
                        .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(13))))
                        .build())));
    }

    static Stream<Arguments> refusalReasons() {
        return Stream.of(
                Arguments.of(named("issued in the future", (Callable<String>) () -> env.idp.sign(env.idp.claimsFor("jan")
                        .issueTime(Date.from(Instant.now().plus(Duration.ofMinutes(5)))).build())), "issued in the future"),
                Arguments.of(named("empty subject", (Callable<String>) () -> env.idp.sign(env.idp.claimsFor("jan")
                        .subject("").build())), "no subject"),
                Arguments.of(named("a year long", (Callable<String>) () -> env.idp.sign(env.idp.claimsFor("jan")
                        .expirationTime(Date.from(Instant.now().plus(Duration.ofDays(365)))).build())), "valid for too long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalReasons")
    void the_refusal_names_the_reason(Callable<String> token, String reason) throws Exception {
        assertThat(callApiWith(token.call()).headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("error_description=\"" + reason + "\""));
    }

    @Test
    void a_token_issued_seconds_ahead_of_this_clock_passes_within_the_clock_skew() {
        String slightlyAhead = env.idp.sign(env.idp.claimsFor("jan")
                .issueTime(Date.from(Instant.now().plusSeconds(20)))
                .build());

        assertThat(callApiWith(slightlyAhead).statusCode()).isEqualTo(200);
    }

    @Test
    void the_maximum_lifetime_is_configurable() {
        try (AuthTestEnvironment strict = AuthTestEnvironment.start(LocalIdpSettings.defaults("127.0.0.1", 0),
                Map.of("toegang.auth.max-token-lifetime", "1h"))) {
            HttpResponse<String> eightHours = strict.browser().get("/api/me",
                    "Authorization", "Bearer " + strict.idp.tokenFor("jan"));

            assertUnauthorizedProblem(eightHours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untrustworthyTokens")
    void an_untrustworthy_token_gets_401_problem_json(Callable<String> token) throws Exception {
        HttpResponse<String> response = callApiWith(token.call());

        assertUnauthorizedProblem(response);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void an_expired_token_is_named_as_expired() {
        String expired = env.idp.sign(env.idp.claimsFor("jan")
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(9))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5))))
                .build());

        assertThat(callApiWith(expired).headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("error_description=\"expired\""));
    }

    @Test
    void a_token_that_expired_seconds_ago_still_passes_within_the_clock_skew() {
        String justExpired = env.idp.sign(env.idp.claimsFor("jan")
                .expirationTime(Date.from(Instant.now().minusSeconds(10)))
                .build());

        assertThat(callApiWith(justExpired).statusCode()).isEqualTo(200);
    }

    static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("type").asText()).isEqualTo("urn:toegang:problem:not-authenticated");
        assertThat(problem.path("title").asText()).contains("Niet ingelogd").contains("Not signed in");
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static HttpResponse<String> callApiWith(String token) {
        return env.browser().get("/api/me", "Authorization", "Bearer " + token);
    }

    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"resident\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String signWithFreshKey(String keyId) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID(keyId).generate();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build(),
                env.idp.claimsFor("bram").build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String tokenFromAnotherProvider() {
        try (LocalIdentityProvider other = LocalIdentityProvider.start("127.0.0.1", 0)) {
            return other.tokenFor("bram");
        }
    }
}
