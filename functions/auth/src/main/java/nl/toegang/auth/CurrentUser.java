package nl.toegang.auth;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * The principal {@link AuthenticationFilter} stored on the request. For code that has the
 * request but cannot declare a {@link Principal} parameter.
 */
public final class CurrentUser {

    /** Request attribute holding the verified {@link Principal}. */
    public static final String PRINCIPAL_ATTRIBUTE = "toegang.auth.principal";

    /** Request attribute holding why a presented token was refused, e.g. {@code expired}. */
    public static final String REJECTION_ATTRIBUTE = "toegang.auth.rejected";

    private CurrentUser() {
    }

    public static Optional<Principal> of(HttpRequest<?> request) {
        return request.getAttribute(PRINCIPAL_ATTRIBUTE, Principal.class);
    }

    /** @throws NotAuthenticatedException when nobody is signed in */
    public static Principal require(HttpRequest<?> request) {
        return of(request).orElseThrow(NotAuthenticatedException::new);
    }

    static Optional<String> rejection(HttpRequest<?> request) {
        return request.getAttribute(REJECTION_ATTRIBUTE, String.class);
    }
}
