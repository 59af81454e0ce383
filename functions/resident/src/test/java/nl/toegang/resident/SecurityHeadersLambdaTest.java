package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.Map;
import java.util.stream.Stream;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of answer the resident function gives through its Lambda handler carries the
 * security headers: pages, API answers, the style sheets and the logo, errors, redirects, and
 * answers written by filters and by the auth module.
 */
class SecurityHeadersLambdaTest {

    static LocalServices services;
    static ApplicationContext context;
    static LambdaClient lambda;

    @BeforeAll
    static void start() {
        services = LocalServices.shared();
        context = ApplicationContext.run(services.applicationProperties());
        lambda = new LambdaClient("resident", new APIGatewayV2HTTPEventFunction(context));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    record Call(int expectedStatus, String method, String path, Map<String, String> headers, String body) {}

    static Stream<Named<Call>> answers() {
        String jan = "Bearer " + services.identityProvider().tokenFor("jan");
        return Stream.of(
                Named.of("home page", new Call(200, "GET", "/", Map.of("accept", "text/html"), null)),
                Named.of("API answer with personal data", new Call(200, "GET", "/api/cases", Map.of("authorization", jan), null)),
                Named.of("404 page", new Call(404, "GET", "/bestaat-niet", Map.of("accept", "text/html"), null)),
                Named.of("404 problem+json", new Call(404, "GET", "/api/cases/WMO-AAAAA-AAAAA", Map.of("authorization", jan), null)),
                Named.of("400 problem+json from the framework", new Call(400, "POST", "/api/cases",
                        Map.of("authorization", jan, "content-type", "application/json"), "{\"formId\": ")),
                Named.of("401 from the auth module", new Call(401, "GET", "/api/cases", Map.of(), null)),
                Named.of("redirect to the login from the auth module", new Call(302, "GET", "/mijn-aanvragen",
                        Map.of("accept", "text/html"), null)),
                Named.of("403 written by the same-origin filter", new Call(403, "POST", "/api/cases",
                        Map.of("origin", "https://evil.example", "content-type", "application/json"), "{}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerCarriesTheSecurityHeadersAndIsNotCached(Call call) {
        LambdaClient.Response response = lambda.call(call.method(), call.path(), call.headers(), call.body());

        assertThat(response.status()).isEqualTo(call.expectedStatus());
        assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'self'; "
                + "img-src 'self'; form-action 'self' " + services.identityProvider().issuer()
                + "; base-uri 'none'; frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theStyleSheetMayBeCachedButIsProtectedTheSameWay() {
        LambdaClient.Response css = lambda.get("/static/toegang.css", null);

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(css.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(css.header("Content-Security-Policy")).startsWith("default-src 'none';");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/static/nlds.css, text/css, .utrecht-button--primary-action",
        "/static/theme.css, text/css, --basis-color-action-1-inverse-bg-default: #34495e;",
        "/static/logo, image/svg+xml, <svg"})
    void theThemesFilesComeThroughTheLambdaHandlerWithTheirTypeAndMayBeCached(String path, String type, String content) {
        LambdaClient.Response file = lambda.get(path, null);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith(type);
        assertThat(file.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.body()).contains(content);
    }
}
