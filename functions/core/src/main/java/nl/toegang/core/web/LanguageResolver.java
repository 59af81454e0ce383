package nl.toegang.core.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import nl.toegang.forms.Language;

/**
 * Dutch unless the person chose English: by {@code ?lang=} (kept in a cookie), or, on a first
 * visit, by their browser's language. Every page's language switch sets {@code ?lang=}: a link,
 * or on a form page a submit button of the form whose {@code formaction} carries it.
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

    /** The query of the request without its {@code lang} parameter, still URL-encoded, so the language switch can keep it. */
    public static String queryWithoutLanguage(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return "";
        }
        return java.util.Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang="))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    private static Language parse(String value) {
        return "en".equalsIgnoreCase(value) ? Language.EN : Language.NL;
    }
}
