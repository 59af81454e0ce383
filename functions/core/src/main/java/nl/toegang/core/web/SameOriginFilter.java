package nl.toegang.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import nl.toegang.auth.SessionCookies;

/**
 * Refuses form posts sent from another site. With the SameSite=Lax session cookie this keeps a
 * foreign page from acting in a logged-in person's name. A post that carries the session cookie
 * but says nowhere where it came from (no Origin, no Referer) is refused too: browsers send at
 * least one of them on our own forms (Referrer-Policy same-origin), so only something that hides
 * its origin sends neither. Bearer-token API calls carry no cookie and need neither.
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
        String sentFrom = origin != null ? origin : request.getHeaders().get("Referer");
        if (sentFrom == null) {
            return SessionCookies.sessionId(request).isEmpty() ? null : refuse(request, "request.originUnknown");
        }
        String host = request.getHeaders().get("Host");
        return host != null && host.equalsIgnoreCase(authorityOf(sentFrom)) ? null : refuse(request, "request.otherSite");
    }

    @Nullable
    private static String authorityOf(String url) {
        try {
            return URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static HttpResponse<?> refuse(HttpRequest<?> request, String key) {
        ProblemException problem = ProblemException.forbidden(key);
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(ProblemExceptionHandler.PROBLEM_JSON)
                .body(problem.body(request.getPath(), Texts.of(LanguageResolver.resolve(request))));
    }
}
