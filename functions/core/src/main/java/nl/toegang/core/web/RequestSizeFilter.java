package nl.toegang.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;

/**
 * Refuses a body above {@link RawBody#MAX_BYTES} before any route reads it; a route marked
 * {@link AcceptsUploads} may have up to {@link RawBody#UPLOAD_MAX_BYTES}. Netty enforces
 * {@code micronaut.server.max-request-size} itself; the Lambda proxy hands over whatever API
 * Gateway accepted (up to 10 MB), so without this the limit would differ between the two.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestSizeFilter {

    private final ProblemExceptionHandler problems;

    public RequestSizeFilter(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        long length = request instanceof ServerHttpRequest<?> server
                ? server.byteBody().expectedLength().orElse(request.getContentLength())
                : request.getContentLength();
        int max = acceptsUploads(request) ? RawBody.UPLOAD_MAX_BYTES : RawBody.MAX_BYTES;
        return length > max ? problems.handle(request, RawBody.tooLarge(max)) : null;
    }

    private static boolean acceptsUploads(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(AcceptsUploads.class))
                .orElse(false);
    }
}
