package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the running platform's answers reveal and allow, over real HTTP: security headers on every
 * answer, posts whose origin is unknown, and sign-ins that may only return to the platform itself.
 */
class AnswerSecurityTest {

    private static final Pattern HIDDEN_FIELD = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private static final String FORM_TYPE = "application/x-www-form-urlencoded";
    private static final Map<String, String> FORM = Map.of("Content-Type", FORM_TYPE);

    final LocalPlatform platform = RunningPlatform.get();

    record Call(int expectedStatus, String method, String path, Map<String, String> headers, String body) {}

    static Stream<Named<Call>> answers() {
        String jan = "Bearer " + RunningPlatform.get().services().identityProvider().tokenFor("jan");
        return Stream.of(
                Named.of("home page", new Call(200, "GET", "/", Map.of("Accept", "text/html"), null)),
                Named.of("API answer with personal data", new Call(200, "GET", "/api/cases", Map.of("Authorization", jan), null)),
                Named.of("404 page", new Call(404, "GET", "/bestaat-niet", Map.of("Accept", "text/html"), null)),
                Named.of("404 problem+json", new Call(404, "GET", "/api/cases/WMO-AAAAA-AAAAA", Map.of("Authorization", jan), null)),
                Named.of("400 problem+json from the framework", new Call(400, "POST", "/api/cases",
                        Map.of("Authorization", jan, "Content-Type", "application/json"), "{\"formId\": ")),
                Named.of("401 from the auth module", new Call(401, "GET", "/api/cases", Map.of(), null)),
                Named.of("redirect to the login from the auth module", new Call(302, "GET", "/mijn-aanvragen",
                        Map.of("Accept", "text/html"), null)),
                Named.of("redirect to the identity provider", new Call(302, "GET", "/auth/login?return=%2F", Map.of(), null)),
                Named.of("403 written by the same-origin filter", new Call(403, "POST", "/api/cases",
                        Map.of("Origin", "https://evil.example", "Content-Type", "application/json"), "{}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerCarriesTheSecurityHeadersAndIsNotCached(Call call) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(), call.method(), call.path(), call.headers(), call.body());

        assertThat(response.statusCode()).isEqualTo(call.expectedStatus());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; style-src 'self'; "
                + "img-src 'self'; form-action 'self' " + platform.services().identityProvider().issuer()
                + "; base-uri 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theStyleSheetMayBeCachedButIsProtectedTheSameWay() {
        HttpResponse<String> css = send(HttpClient.newHttpClient(), "GET", "/static/toegang.css", Map.of(), null);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'none';"));
    }

    @Test
    void aPostWithTheSessionCookieButNoOriginOrRefererIsRefused() {
        HttpClient browser = signedInBrowser("anna");

        HttpResponse<String> hidden = send(browser, "POST", "/auth/logout", FORM, "");
        assertThat(hidden.statusCode()).isEqualTo(403);
        assertThat(hidden.body()).contains("Wij konden niet nagaan of dit formulier van deze website kwam.");
        assertThat(send(browser, "GET", "/mijn-aanvragen", Map.of("Accept", "text/html"), null).statusCode())
                .as("the refused sign-out left the session alone").isEqualTo(200);

        HttpResponse<String> fromOurPage = send(browser, "POST", "/auth/logout",
                Map.of("Referer", platform.url() + "/mijn-aanvragen", "Content-Type", FORM_TYPE), "");
        assertThat(fromOurPage.statusCode()).isEqualTo(302);
        assertThat(send(browser, "GET", "/mijn-aanvragen", Map.of("Accept", "text/html"), null).statusCode())
                .as("signed out now").isEqualTo(302);
    }

    @Test
    void aPostFromAnotherSitesRefererIsRefusedAndABearerCallWithoutCookieIsNot() {
        HttpClient browser = signedInBrowser("petra");

        assertThat(send(browser, "POST", "/auth/logout", Map.of("Referer", "https://evil.example/", "Content-Type", FORM_TYPE), "").statusCode())
                .isEqualTo(403);
        String token = platform.services().identityProvider().tokenFor("petra");
        HttpResponse<String> api = send(HttpClient.newHttpClient(), "POST", "/api/cases/WMO-AAAAA-AAAAA/withdrawal",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), "{}");
        assertThat(api.statusCode()).as("passed the check, then found no such case").isEqualTo(404);
    }

    @Test
    void theIdentityProviderSendsCodesOnlyToThePlatformsOwnCallback() {
        int port = URI.create(platform.url()).getPort();
        String idp = platform.services().identityProvider().issuer();
        HttpClient http = HttpClient.newHttpClient();

        assertThat(send(http, "GET", idp + authorize("http://127.0.0.1:" + port + "/auth/callback"), Map.of(), null)
                .statusCode()).isEqualTo(200);
        assertThat(send(http, "GET", idp + authorize("http://localhost:" + port + "/auth/callback"), Map.of(), null)
                .statusCode()).isEqualTo(200);
        assertThat(send(http, "GET", idp + authorize("http://127.0.0.1:" + (port + 1) + "/auth/callback"), Map.of(), null)
                .statusCode()).isEqualTo(400);
        assertThat(send(http, "GET", idp + authorize("http://127.0.0.1:" + port + "/elders"), Map.of(), null)
                .statusCode()).isEqualTo(400);
    }

    private static String authorize(String redirectUri) {
        return "/authorize?client_id=toegang&response_type=code&scope=openid&state=s&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
    }

    /** Signs in through the platform's login and the identity provider's persona page, keeping cookies. */
    private HttpClient signedInBrowser(String persona) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = send(browser, "GET", "/auth/login?return=%2F", Map.of(), null);
        String authorizeUrl = login.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = send(browser, "GET", authorizeUrl, Map.of(), null);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher field = HIDDEN_FIELD.matcher(page.body());
        while (field.find()) {
            form.put(field.group(1), field.group(2).replace("&amp;", "&").replace("&quot;", "\""));
        }
        form.put("persona", persona);
        HttpResponse<String> chosen = send(browser, "POST", URI.create(authorizeUrl).resolve("/authorize").toString(),
                FORM, form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
        HttpResponse<String> callback = send(browser, "GET", chosen.headers().firstValue("Location").orElseThrow(), Map.of(), null);
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        return browser;
    }

    private HttpResponse<String> send(HttpClient client, String method, String pathOrUrl, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("/") ? platform.url() + pathOrUrl : pathOrUrl))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
