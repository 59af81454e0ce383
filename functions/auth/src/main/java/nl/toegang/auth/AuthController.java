package nl.toegang.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The browser side of the OpenID Connect authorization-code flow: send people to the provider,
 * take them back in, and sign them out.
 */
@Hidden
@Controller("/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController {

    static final String CALLBACK_PATH = "/auth/callback";

    private final AuthSettings settings;
    private final OidcProviderClient provider;
    private final TokenVerifier verifier;
    private final SessionStore sessions;
    private final SessionCookies cookies;
    private final HttpHostResolver hostResolver;
    private final AuthPages pages;
    private final ApplicationEventPublisher<SignedIn> signIns;

    AuthController(AuthSettings settings, OidcProviderClient provider, TokenVerifier verifier,
                   SessionStore sessions, SessionCookies cookies, HttpHostResolver hostResolver, AuthPages pages,
                   ApplicationEventPublisher<SignedIn> signIns) {
        this.pages = pages;
        this.signIns = signIns;
        this.settings = settings;
        this.provider = provider;
        this.verifier = verifier;
        this.sessions = sessions;
        this.cookies = cookies;
        this.hostResolver = hostResolver;
    }

    /** {@code GET /auth/login?return=/path[&lang=en]}: off to the provider's sign-in page. */
    @Get("/login")
    public HttpResponse<?> login(HttpRequest<?> request,
                                 @Nullable @QueryValue("return") String returnPath,
                                 @Nullable @QueryValue("lang") String lang) {
        LoginState login = LoginState.start(returnPath);
        StringBuilder location = new StringBuilder(provider.metadata().authorizationEndpoint())
                .append(provider.metadata().authorizationEndpoint().contains("?") ? '&' : '?')
                .append("response_type=code")
                .append("&client_id=").append(encode(settings.getClientId()))
                .append("&redirect_uri=").append(encode(redirectUri(request)))
                .append("&scope=openid")
                .append("&state=").append(encode(login.state()))
                .append("&nonce=").append(encode(login.nonce()));
        uiLocale(request, lang).ifPresent(locale -> location.append("&ui_locales=").append(locale));
        return redirect(location.toString()).cookie(cookies.login(login.toCookieValue()));
    }

    /** {@code GET /auth/callback?code&state}: the provider sends the browser back here. */
    @Get("/callback")
    public HttpResponse<?> callback(HttpRequest<?> request,
                                    @Nullable @QueryValue("code") String code,
                                    @Nullable @QueryValue("state") String state,
                                    @Nullable @QueryValue("error") String error) {
        Optional<LoginState> login = request.getCookies().findCookie(SessionCookies.LOGIN)
                .map(Cookie::getValue)
                .flatMap(LoginState::fromCookieValue);
        if (error != null) {
            return refuse(AuthPages.SignInFailure.CANCELLED);
        }
        if (login.isEmpty()) {
            return refuse(AuthPages.SignInFailure.EXPIRED);
        }
        if (!login.get().matchesState(state) || code == null || code.isBlank()) {
            return refuse(AuthPages.SignInFailure.INVALID_REQUEST);
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.verifiedClaims(provider.exchangeCode(code, redirectUri(request)));
        } catch (OidcProviderClient.CodeExchangeException | InvalidTokenException e) {
            return refuse(AuthPages.SignInFailure.INVALID_TOKEN);
        } catch (IdentityProviderUnavailableException e) {
            return pages.providerUnavailable()
                    .cookie(cookies.clearLogin());
        }
        if (!login.get().nonce().equals(nonceOf(claims))) {
            return refuse(AuthPages.SignInFailure.INVALID_REQUEST);
        }
        // The id token (with the BSN in it) stays here: the browser gets only a session id.
        Instant expiresAt = claims.getExpirationTime().toInstant();
        SessionCookies.sessionId(request).ifPresent(sessions::end);
        Principal principal = TokenVerifier.toPrincipal(claims);
        String sessionId = sessions.start(principal, expiresAt);
        signIns.publishEvent(new SignedIn(principal));
        Duration lifetime = Duration.between(Instant.now(), expiresAt);
        return redirect(afterSignIn(login.get().returnPath(), principal))
                .cookie(cookies.session(sessionId, lifetime.isNegative() ? Duration.ZERO : lifetime))
                .cookie(cookies.clearLogin());
    }

    /**
     * {@code POST /auth/logout}: ends the session on the server, so the cookie is worthless even
     * where a copy of it survives, and then at the provider, so the next sign-in on a shared
     * computer asks who you are instead of signing the previous person in again.
     */
    @Post(uri = "/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA,
            MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public HttpResponse<?> logout(HttpRequest<?> request) {
        SessionCookies.sessionId(request).ifPresent(sessions::end);
        return redirect(afterLogout(request)).cookie(cookies.clearSession());
    }

    /**
     * Back to the page that asked for the sign-in; from the home page (or from nowhere in
     * particular) staff go to their own start page instead of the residents' home page.
     */
    private String afterSignIn(String returnPath, Principal principal) {
        String path = ReturnPath.orHome(returnPath);
        if (!ReturnPath.HOME.equals(path)) {
            return path;
        }
        if (principal.hasRole(Principal.CASEWORKER)) {
            return settings.getCaseworkerStartPage();
        }
        if (principal.hasRole(Principal.ADMIN)) {
            return settings.getAdminStartPage();
        }
        return path;
    }

    /** The provider's end-session endpoint (OpenID Connect RP-Initiated Logout), which sends people home. */
    private String afterLogout(HttpRequest<?> request) {
        Optional<String> endSession;
        try {
            endSession = provider.metadata().endSessionEndpoint();
        } catch (IdentityProviderUnavailableException e) {
            // Signed out here all the same; the provider's own session ends when it expires.
            return ReturnPath.HOME;
        }
        // client_id instead of id_token_hint: the id token is not kept anywhere after sign-in.
        return endSession.map(endpoint -> endpoint + (endpoint.contains("?") ? '&' : '?')
                        + "client_id=" + encode(settings.getClientId())
                        + "&post_logout_redirect_uri=" + encode(baseUrl(request) + ReturnPath.HOME))
                .orElse(ReturnPath.HOME);
    }

    private String redirectUri(HttpRequest<?> request) {
        return baseUrl(request) + CALLBACK_PATH;
    }

    private String baseUrl(HttpRequest<?> request) {
        return settings.getPublicBaseUrl().orElseGet(() -> hostResolver.resolve(request));
    }

    private static Optional<String> uiLocale(HttpRequest<?> request, @Nullable String lang) {
        String chosen = lang != null ? lang
                : request.getCookies().findCookie(SessionCookies.LANGUAGE).map(Cookie::getValue).orElse(null);
        if (chosen == null) {
            return Optional.empty();
        }
        return switch (chosen.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of("en");
            case "nl" -> Optional.of("nl");
            default -> Optional.empty();
        };
    }

    private static String nonceOf(JWTClaimsSet claims) {
        try {
            return claims.getStringClaim("nonce");
        } catch (ParseException e) {
            return null;
        }
    }

    private MutableHttpResponse<String> refuse(AuthPages.SignInFailure why) {
        return pages.signInFailed(why)
                .cookie(cookies.clearLogin());
    }

    private static MutableHttpResponse<?> redirect(String location) {
        return HttpResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
