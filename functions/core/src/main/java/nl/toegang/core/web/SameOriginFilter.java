package nl.toegang.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;

/**
 * Refuses form posts sent from another site. With the SameSite=Lax session cookie this keeps a
 * foreign page from acting in a logged-in person's name.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SameOriginFilter {

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return null;
        }
        String origin = request.getHeaders().get("Origin");
        String host = request.getHeaders().get("Host");
        if (origin == null) {
            return null; // not sent by a browser form; a bearer-token API call carries no cookie to abuse
        }
        String originHost;
        try {
            originHost = URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (host != null && host.equalsIgnoreCase(originHost)) {
            return null;
        }
        ProblemException problem = ProblemException.forbidden("request.otherSite");
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(ProblemExceptionHandler.PROBLEM_JSON)
                .body(problem.body(request.getPath(), Texts.of(LanguageResolver.resolve(request))));
    }
}
