package nl.toegang.core.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import nl.toegang.auth.AuthSettings;

/**
 * Headers on every answer, pages, API, static files, errors and redirects alike: the pages need
 * no script and may not be framed, browsers may not guess content types, addresses (with case
 * numbers in them) are not passed to other sites, and nothing is cached unless the answer says
 * so itself (the style sheet does).
 *
 * <p>Ordered first, so its response side runs last and also covers answers that other filters
 * (the same-origin check) or the exception handlers write.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    private final AuthSettings auth;
    private volatile String contentSecurityPolicy;

    SecurityHeadersFilter(AuthSettings auth) {
        this.auth = auth;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    public void addHeaders(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", contentSecurityPolicy());
        headers.set("X-Content-Type-Options", "nosniff");
        // same-origin keeps Referer (and Origin) on our own posts, which SameOriginFilter reads.
        headers.set("Referrer-Policy", "same-origin");
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    // Signing out posts to /auth/logout, which redirects to the identity provider; browsers hold
    // that redirect to form-action too, so the provider's origin is allowed as a form target.
    private String contentSecurityPolicy() {
        String known = contentSecurityPolicy;
        if (known == null) {
            URI issuer = URI.create(auth.getIssuer());
            known = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' "
                    + issuer.getScheme() + "://" + issuer.getRawAuthority()
                    + "; base-uri 'none'; frame-ancestors 'none'";
            contentSecurityPolicy = known;
        }
        return known;
    }
}
