package nl.toegang.core.limits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.InetSocketAddress;
import nl.toegang.core.web.ProblemExceptionHandler;

/**
 * Limits logins started per client address. The address is the connection's (API Gateway's
 * sourceIp in AWS), never a forwarded-for header a client could make up.
 */
@ServerFilter("/auth/login")
public class LoginRateLimitFilter {

    private final RateLimiter limiter;
    private final RateLimitSettings.Logins logins;
    private final ProblemExceptionHandler problems;

    public LoginRateLimitFilter(RateLimiter limiter, RateLimitSettings.Logins logins, ProblemExceptionHandler problems) {
        this.limiter = limiter;
        this.logins = logins;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> count(HttpRequest<?> request) {
        try {
            limiter.acquire(logins, clientAddress(request));
            return null;
        } catch (TooManyRequestsException tooMany) {
            return TooManyRequestsHandler.answer(problems, request, tooMany);
        }
    }

    private static String clientAddress(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
