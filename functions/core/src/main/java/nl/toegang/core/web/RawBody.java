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

    /**
     * The largest body of a route marked {@link AcceptsUploads}: one 4 MB document and the rest of
     * the form. {@code micronaut.server.max-request-size} is this size, and {@link RequestSizeFilter}
     * holds every other route to {@link #MAX_BYTES}. Behind API Gateway a body arrives base64-encoded
     * in the Lambda's request, which may be 6 MB: 4 MB and a little grows to about 5.5 MB.
     */
    public static final int UPLOAD_MAX_BYTES = 4 * 1024 * 1024 + 64 * 1024;

    private RawBody() {}

    public static byte[] bytes(HttpRequest<?> request) {
        return bytes(request, MAX_BYTES);
    }

    /** The body of an upload route ({@link AcceptsUploads}), up to {@link #UPLOAD_MAX_BYTES}. */
    public static byte[] upload(HttpRequest<?> request) {
        return bytes(request, UPLOAD_MAX_BYTES);
    }

    private static byte[] bytes(HttpRequest<?> request, int maxBytes) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            throw ProblemException.badRequest("request.unreadable");
        }
        // FASTEST: the framework keeps the original body but never reads it; the default
        // (SLOWEST) would wait for that reader, and Netty stops reading after its first buffers.
        try (CloseableAvailableByteBody body = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)
                .buffer().get()) {
            if (body.length() > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body.toByteArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.badRequest("request.unreadable");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ContentLengthExceededException) {
                throw tooLarge(maxBytes);
            }
            throw ProblemException.badRequest("request.unreadable");
        }
    }

    /** The refusal for a body above {@link #MAX_BYTES}. */
    public static ProblemException tooLarge() {
        return tooLarge(MAX_BYTES);
    }

    /** The refusal for a body above {@code maxBytes}, in whole megabytes. */
    public static ProblemException tooLarge(int maxBytes) {
        return new ProblemException(413, "request.tooLarge", maxBytes / (1024 * 1024));
    }
}
