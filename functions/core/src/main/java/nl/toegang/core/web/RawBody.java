package nl.toegang.core.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.CloseableAvailableByteBody;
import java.util.concurrent.ExecutionException;

/**
 * The request body exactly as sent. The Lambda proxy and Netty decode multipart bodies
 * differently (or not at all); reading the raw bytes gives one behaviour in both.
 */
public final class RawBody {
    private RawBody() {}

    public static byte[] bytes(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            throw ProblemException.badRequest("request.unreadable");
        }
        try (CloseableAvailableByteBody body = server.byteBody().split().buffer().get()) {
            return body.toByteArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.badRequest("request.unreadable");
        } catch (ExecutionException e) {
            throw ProblemException.badRequest("request.unreadable");
        }
    }
}
