package nl.toegang.core.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.toegang.auth.SessionCookies;
import nl.toegang.forms.Language;

/**
 * Dutch unless the person chose one of the offered languages ({@link OfferedLanguages}): by
 * {@code ?lang=} (kept in a cookie), or, on a first visit, by their browser's languages, the first
 * offered one in order of preference (q-values). Every page's language switch sets {@code ?lang=}: a link,
 * or on a form page a submit button of the form whose {@code formaction} carries it.
 */
public final class LanguageResolver {

    public static final String COOKIE = SessionCookies.LANGUAGE;

    private LanguageResolver() {}

    public static Language resolve(HttpRequest<?> request) {
        Optional<Language> asked = OfferedLanguages.find(request.getParameters().get("lang"));
        if (asked.isPresent()) {
            return asked.get();
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie != null) {
            Optional<Language> kept = OfferedLanguages.find(cookie.getValue());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The first offered language in the browser's order of preference; Dutch when none is offered or the header is unreadable. */
    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.FALLBACK;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return Language.FALLBACK;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            Optional<Language> offered = OfferedLanguages.find(primary);
            if (offered.isPresent()) {
                return offered.get();
            }
        }
        return Language.FALLBACK;
    }
    /** The query of the request without its {@code lang} parameter, still URL-encoded, so the language switch can keep it. */
    public static String queryWithoutLanguage(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang="))
                .collect(Collectors.joining("&"));
    }
}
