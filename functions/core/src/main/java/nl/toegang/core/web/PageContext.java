package nl.toegang.core.web;

import io.micronaut.http.HttpRequest;
import nl.toegang.auth.Principal;
import nl.toegang.forms.Language;

/**
 * What every page needs to know about the request: the language, who is logged in (may be null),
 * the path and query, for the language switch, and whether this is a test environment that keeps nothing.
 *
 * @param query the request's query without {@code lang}, still URL-encoded; empty when none
 */
public record PageContext(Language language, Principal principal, String path, boolean testEnvironment, String query) {

    public static PageContext of(HttpRequest<?> request, Principal principal) {
        return new PageContext(LanguageResolver.resolve(request), principal, request.getPath(),
                TestEnvironmentFilter.isMarked(request), LanguageResolver.queryWithoutLanguage(request));
    }

    public Texts texts() {
        return Texts.of(language);
    }

    public String t(String key, Object... args) {
        return texts().get(key, args);
    }
}
