package nl.toegang.core.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/** Remembers a language chosen with {@code ?lang=} for the next pages. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class LanguageCookieFilter {

    @ResponseFilter
    public void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String lang = request.getParameters().get("lang");
        if (lang != null && OfferedLanguages.find(lang).isPresent()) {
            response.cookie(Cookie.of(LanguageResolver.COOKIE, OfferedLanguages.find(lang).orElseThrow().code()).path("/").maxAge(60L * 60 * 24 * 365)
                    .sameSite(SameSite.Lax).httpOnly(true));
        }
    }
}
