package nl.toegang.auth;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/**
 * Reads {@code Authorization: Bearer <jwt>} (API) or the {@code toegang_session} cookie (pages),
 * verifies the token or looks up the session, and stores the {@link Principal} on the request.
 * A token that fails is treated as no token; a cookie without a live session is also cleared,
 * so the browser stops sending it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AuthenticationFilter implements Ordered {

    private static final String CLEAR_SESSION_ATTRIBUTE = "toegang.auth.clear-session";
    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;
    private final SessionStore sessions;
    private final SessionCookies cookies;
    private final ApplicationEventPublisher<SignedIn> signIns;

    AuthenticationFilter(TokenVerifier verifier, SessionStore sessions, SessionCookies cookies,
                         ApplicationEventPublisher<SignedIn> signIns) {
        this.signIns = signIns;
        this.verifier = verifier;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    // Blocking: the first request (and a key rotation) fetches the provider's keys over HTTP, and
    // a session is read from DynamoDB.
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void authenticate(HttpRequest<?> request) {
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            verifyInto(request, bearer.get());
            return;
        }
        SessionCookies.sessionId(request).ifPresent(sessionId -> sessions.find(sessionId).ifPresentOrElse(
                principal -> request.setAttribute(CurrentUser.PRINCIPAL_ATTRIBUTE, principal),
                () -> request.setAttribute(CLEAR_SESSION_ATTRIBUTE, Boolean.TRUE)));
    }

    @ResponseFilter
    public void clearRefusedSession(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean refused = request.getAttribute(CLEAR_SESSION_ATTRIBUTE, Boolean.class).orElse(false);
        // The login callback may have just set a fresh session; never overwrite that one.
        boolean setsNewSession = response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .anyMatch(header -> header.startsWith(SessionCookies.SESSION + "="));
        if (refused && !setsNewSession) {
            response.cookie(cookies.clearSession());
        }
    }

    private void verifyInto(HttpRequest<?> request, String token) {
        try {
            Principal principal = verifier.verify(token);
            request.setAttribute(CurrentUser.PRINCIPAL_ATTRIBUTE, principal);
            // An API client has no sign-in flow: each verified token is its sign-in.
            signIns.publishEvent(new SignedIn(principal));
        } catch (InvalidTokenException e) {
            request.setAttribute(CurrentUser.REJECTION_ATTRIBUTE, e.getMessage());
        }
    }

    private static Optional<String> bearerToken(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).trim());
    }
}
