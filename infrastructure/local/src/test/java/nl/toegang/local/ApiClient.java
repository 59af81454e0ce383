package nl.toegang.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A persona talking to the running platform's JSON API over real HTTP. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    ApiClient(LocalPlatform platform, String persona) {
        this(platform.url(), platform.services().identityProvider().tokenFor(persona));
    }

    private ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Someone with these claims, signed by the local provider: staff of a team the personas file does not name yet. */
    static ApiClient withClaims(LocalPlatform platform, com.nimbusds.jwt.JWTClaimsSet claims) {
        return new ApiClient(platform.url(), platform.services().identityProvider().sign(claims));
    }

    /** Someone the persona list does not have (yet), signed by the local provider like any persona. */
    ApiClient(LocalPlatform platform, com.nimbusds.jwt.JWTClaimsSet claims) {
        this.baseUrl = platform.url();
        this.token = platform.services().identityProvider().sign(claims);
    }

    record Reply(int status, JsonNode json, String text) {}

    Reply get(String path) {
        return send(request(path).GET().build());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply post(String path, String json, String idempotencyKey) {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    Reply postInEnglish(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A form post as a browser sends it, with this client's token instead of a session. */
    Reply postForm(String path, String urlEncoded) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded)).build());
    }

    /** A file as a browser downloads it: the bytes, with the type and the name it is saved as. */
    record Download(int status, String contentType, String disposition, byte[] body) {}

    Download download(String path, String acceptLanguage) {
        HttpRequest request = request(path).header("Accept-Language", acceptLanguage).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String page(String path) {
        return send(request(path).header("Accept", "text/html").GET().build()).text();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = null;
            if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !body.isBlank()) {
                json = JSON.readTree(body);
            }
            return new Reply(response.statusCode(), json, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the process has moved on: job handlers run asynchronously, as in production. */
    static <T> T eventually(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.currentTimeMillis() + 30_000;
        T last = null;
        while (System.currentTimeMillis() < deadline) {
            last = read.get();
            if (last != null && done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting for " + what + "; last seen: " + last);
    }
}
