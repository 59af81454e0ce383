package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.toegang.localservices.LambdaClient;
import org.junit.jupiter.api.Test;

/**
 * Every body up to the documented limit (2 MB) gets an answer, over real HTTP and through the
 * Lambda proxy; above it the answer is 413, readable for people and problem+json for the API.
 */
class RequestBodyLimitsTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int OVER_THE_LIMIT = 3 * 1024 * 1024;

    final LocalPlatform platform = RunningPlatform.get();
    final String jan = platform.services().identityProvider().tokenFor("jan");
    final String bram = platform.services().identityProvider().tokenFor("bram");

    HttpResponse<String> post(String path, String token, String contentType, byte[] body) throws Exception {
        // Well below the 150 s a browser waited before; an answer comes at once or not at all.
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.url() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] formPost(int voornaamLength) {
        return ("voornaam=" + "a".repeat(voornaamLength) + "&achternaam=Bakker").getBytes(StandardCharsets.UTF_8);
    }

    static final String BOUNDARY = "----toegang-test";

    static byte[] upload(String fileName, String content) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A valid form whose text makes the file large. */
    static String largeForm(int size) {
        return "{\"id\": \"grote-uitleg\", \"components\": [{\"type\": \"text\", \"text\": \"" + "x".repeat(size) + "\"}]}";
    }

    @Test
    void aLargeFormPostIsAnsweredWithTheFieldsErrors() throws Exception {
        var answer = post("/formulieren/wmo-melding", jan, "application/x-www-form-urlencoded", formPost(400_000));

        assertThat(answer.statusCode()).isEqualTo(422);
        // The field's message; jte writes quotes in element text as they are (only attributes need them escaped).
        assertThat(answer.body()).contains("</span> \"Voornaam\" mag niet meer dan 100 tekens hebben.</div>");
        assertThat(answer.body().length()).as("the page does not repeat 400 kB").isLessThan(60_000);
    }

    @Test
    void anUploadOf300kBIsAnsweredAndDeployed() throws Exception {
        var answer = post("/api/definitions", bram, "multipart/form-data; boundary=" + BOUNDARY,
                upload("grote-uitleg.form", largeForm(300_000)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.body()).contains("grote-uitleg");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413InEveryShape() throws Exception {
        var page = post("/formulieren/wmo-melding", jan, "application/x-www-form-urlencoded", formPost(OVER_THE_LIMIT));
        var json = post("/api/cases", jan, "application/json",
                ("{\"formId\": \"wmo-melding\", \"values\": {\"voornaam\": \"" + "a".repeat(OVER_THE_LIMIT) + "\"}}")
                        .getBytes(StandardCharsets.UTF_8));
        var upload = post("/api/definitions", bram, "multipart/form-data; boundary=" + BOUNDARY,
                upload("te-groot.form", largeForm(OVER_THE_LIMIT)));

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Wat u stuurde is te groot.");
        for (var api : new HttpResponse<?>[] {json, upload}) {
            assertThat(api.statusCode()).isEqualTo(413);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void behindApiGatewayTheSameLimitsHold() {
        LambdaClient lambda = new LambdaClient("resident", new APIGatewayV2HTTPEventFunction(platform.context()));
        Map<String, String> headers = Map.of("authorization", "Bearer " + jan,
                "content-type", "application/x-www-form-urlencoded");

        var large = lambda.call("POST", "/formulieren/wmo-melding", headers,
                new String(formPost(400_000), StandardCharsets.UTF_8));
        var tooLarge = lambda.call("POST", "/formulieren/wmo-melding", headers,
                new String(formPost(OVER_THE_LIMIT), StandardCharsets.UTF_8));

        var tooLargeJson = lambda.call("POST", "/api/cases", Map.of("authorization", "Bearer " + jan,
                "content-type", "application/json"),
                "{\"formId\": \"wmo-melding\", \"values\": {\"voornaam\": \"" + "a".repeat(OVER_THE_LIMIT) + "\"}}");

        assertThat(large.status()).isEqualTo(422);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Wat u stuurde is te groot.");
        assertThat(tooLargeJson.status()).isEqualTo(413);
        assertThat(tooLargeJson.header("Content-Type")).startsWith("application/problem+json");
    }
}
