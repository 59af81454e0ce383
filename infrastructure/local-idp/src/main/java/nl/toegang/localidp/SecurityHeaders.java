package nl.toegang.localidp;

import com.sun.net.httpserver.Headers;

/**
 * Headers every answer of this provider carries, the same ones the Toegang functions send: the
 * pages need no script, may not be framed, and nothing is cached unless a handler says so.
 */
final class SecurityHeaders {

    private final RedirectUriPolicy redirectUris;

    SecurityHeaders(RedirectUriPolicy redirectUris) {
        this.redirectUris = redirectUris;
    }

    void apply(Headers headers) {
        headers.set("Content-Security-Policy", contentSecurityPolicy());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Cache-Control", "no-store");
    }

    // The persona form posts here and is answered with a redirect to the client; browsers check
    // that redirect against form-action too, so the registered clients' origins are listed.
    private String contentSecurityPolicy() {
        StringBuilder formAction = new StringBuilder("'self'");
        redirectUris.origins().forEach(origin -> formAction.append(' ').append(origin));
        return "default-src 'none'; style-src 'self'; img-src 'self'; form-action " + formAction
                + "; base-uri 'none'; frame-ancestors 'none'";
    }
}
