package nl.toegang.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.toegang.pages.BundleTexts;
import nl.toegang.pages.PageTexts;
import nl.toegang.pages.Templates;

/**
 * The few pages this module shows itself: refused access, failed sign-in, provider down
 * (templates auth/*.jte in toegang-pages, texts in toegang/auth-texts_*.properties).
 */
@Singleton
class AuthPages {

    /** Why a sign-in failed; each has a text {@code signInFailed.<key>}. */
    enum SignInFailure {
        CANCELLED("cancelled"), EXPIRED("expired"), INVALID_REQUEST("invalidRequest"), INVALID_TOKEN("invalidToken");

        private final String key;

        SignInFailure(String key) {
            this.key = key;
        }
    }

    private static final PageTexts NL = new BundleTexts("toegang.auth-texts", Locale.forLanguageTag("nl"));
    private static final PageTexts EN = new BundleTexts("toegang.auth-texts", Locale.ENGLISH);

    private final Templates templates;

    AuthPages(Templates templates) {
        this.templates = templates;
    }

    MutableHttpResponse<String> forbidden() {
        return page(HttpStatus.FORBIDDEN, "auth/forbidden", Map.of());
    }

    MutableHttpResponse<String> signInFailed(SignInFailure why) {
        return page(HttpStatus.BAD_REQUEST, "auth/signInFailed", Map.of("reasonKey", "signInFailed." + why.key));
    }

    MutableHttpResponse<String> providerUnavailable() {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "auth/providerUnavailable", Map.of());
    }

    private MutableHttpResponse<String> page(HttpStatus status, String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("nl", NL);
        all.put("en", EN);
        return HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(templates.render(template, all));
    }
}
