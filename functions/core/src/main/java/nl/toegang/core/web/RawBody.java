package nl.toegang.core.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import java.util.concurrent.ExecutionException;

/**
 * The request body exactly as sent. The Lambda proxy and Netty decode multipart bodies
 * differently (or not at all); reading the raw bytes gives one behaviour in both.
 */
public final class RawBody {

    /**
     * The largest body any route takes, the same as {@code micronaut.server.max-request-size}
     * in application.yml. Netty refuses larger bodies itself; behind API Gateway this check does.
     */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private RawBody() {}

    public static byte[] bytes(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            throw ProblemException.badRequest("request.unreadable");
        }
        // FASTEST: the framework keeps the original body but never reads it; the default
        // (SLOWEST) would wait for that reader, and Netty stops reading after its first buffers.
        try (CloseableAvailableByteBody body = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)
                .buffer().get()) {
            if (body.length() > MAX_BYTES) {
                throw tooLarge();
            }
            return body.toByteArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.badRequest("request.unreadable");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ContentLengthExceededException) {
                throw tooLarge();
            }
            throw ProblemException.badRequest("request.unreadable");
        }
    }

    /** The refusal for a body above {@link #MAX_BYTES}. */
    public static ProblemException tooLarge() {
        return new ProblemException(413, "request.tooLarge", MAX_BYTES / (1024 * 1024));
    }
}
