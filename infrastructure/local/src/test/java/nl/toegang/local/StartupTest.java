package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import nl.toegang.localservices.FreePort;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.Test;

/**
 * A resident who opens the platform the moment it answers must find it working: the forms are
 * deployed and a melding is accepted, never "not found".
 */
class StartupTest {

    static final String AWS_ENDPOINT = "aws.endpointUrl";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theFirstRequestsTheHttpPortAnswersFindTheFormAndAcceptAMelding() throws Exception {
        int httpPort = FreePort.find();
        int idpPort = FreePort.find();
        var settings = new LocalPlatform.Settings(httpPort, new LocalServices.Ports(0, 0, idpPort));
        // LocalServices points this JVM's AWS SDK at its own DynamoDB Local; the shared platform's comes back after.
        String sharedDynamoDb = System.getProperty(AWS_ENDPOINT);
        var starter = Executors.newSingleThreadExecutor();
        CompletableFuture<LocalPlatform> starting = CompletableFuture.supplyAsync(() -> LocalPlatform.start(settings), starter);
        try {
            String token = tokenWhenTheIdentityProviderAnswers(idpPort, starting);
            awaitFirstAnswer(httpPort, starting);

            String base = "http://127.0.0.1:" + httpPort;
            HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/formulieren/wmo-melding"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> melding = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(EndToEndTest.MELDING)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
            assertThat(melding.statusCode()).as(melding.body()).isEqualTo(201);
        } finally {
            starting.join().close();
            starter.shutdown();
            if (sharedDynamoDb == null) {
                System.clearProperty(AWS_ENDPOINT);
            } else {
                System.setProperty(AWS_ENDPOINT, sharedDynamoDb);
            }
        }
    }

    /** The identity provider starts before the platform; a resident has logged in by the time it answers. */
    private static String tokenWhenTheIdentityProviderAnswers(int idpPort, CompletableFuture<?> starting) throws Exception {
        String basic = Base64.getEncoder().encodeToString("toegang:local-secret".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + idpPort + "/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=urn:toegang:persona&persona=jan")).build();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && !starting.isCompletedExceptionally()) {
            try {
                String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
                return ApiClient.JSON.readTree(body).get("id_token").asText();
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        starting.join();
        throw new AssertionError("the identity provider did not answer");
    }

    private static void awaitFirstAnswer(int port, CompletableFuture<?> starting) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && !starting.isCompletedExceptionally()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(2);
            }
        }
        starting.join();
        throw new AssertionError("the platform did not answer on port " + port);
    }
}
