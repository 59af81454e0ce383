package nl.toegang.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/** Builds the cookies this module sets, with the same safety attributes every time. */
@Singleton
public class SessionCookies {

    /** Holds the id of a signed-in browser's session ({@link SessionStore}); never a token. */
    public static final String SESSION = "toegang_session";
    /** Holds state, nonce and return path between {@code /auth/login} and {@code /auth/callback}. */
    public static final String LOGIN = "toegang_login";
    /** The language the person chose ({@code nl} or {@code en}); set by the pages, read here. */
    public static final String LANGUAGE = "lang";

    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);

    private final AuthSettings settings;

    public SessionCookies(AuthSettings settings) {
        this.settings = settings;
    }

    Cookie session(String sessionId, Duration lifetime) {
        return base(SESSION, sessionId, "/").maxAge(lifetime.toSeconds());
    }

    /** The session id the browser sent, if any. */
    public static Optional<String> sessionId(HttpRequest<?> request) {
        return request.getCookies().findCookie(SESSION).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    Cookie clearSession() {
        return base(SESSION, "", "/").maxAge(0);
    }

    // Lax, not Strict: the callback is a top-level navigation coming from the provider's site.
    Cookie login(String value) {
        return base(LOGIN, value, "/auth").maxAge(LOGIN_LIFETIME.toSeconds());
    }

    Cookie clearLogin() {
        return base(LOGIN, "", "/auth").maxAge(0);
    }

    private Cookie base(String name, String value, String path) {
        return Cookie.of(name, value)
                .httpOnly(true)
                .secure(settings.isCookieSecure())
                .sameSite(SameSite.Lax)
                .path(path);
    }
}
