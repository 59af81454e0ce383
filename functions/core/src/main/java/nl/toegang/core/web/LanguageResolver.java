package nl.toegang.core.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import nl.toegang.forms.Language;

/**
 * Dutch unless the person chose English: by the {@code lang} link on every page (kept in a
 * cookie), or, on a first visit, by their browser's language.
 */
public final class LanguageResolver {

    public static final String COOKIE = nl.toegang.auth.SessionCookies.LANGUAGE;

    private LanguageResolver() {}

    public static Language resolve(HttpRequest<?> request) {
        String param = request.getParameters().get("lang");
        if (param != null) {
            return parse(param);
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie != null) {
            return parse(cookie.getValue());
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept != null && accept.trim().toLowerCase().startsWith("en")) {
            return Language.EN;
        }
        return Language.NL;
    }

    private static Language parse(String value) {
        return "en".equalsIgnoreCase(value) ? Language.EN : Language.NL;
    }
}
