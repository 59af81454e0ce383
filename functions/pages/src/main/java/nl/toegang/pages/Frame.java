package nl.toegang.pages;

import java.util.List;

/**
 * What the layout needs around every page: the reader's texts and language, the page title,
 * the path (for the language switch and the login return), who is logged in and with which roles,
 * and the municipality whose service this is.
 *
 * @param userName null when nobody is logged in
 * @param query the request's query without {@code lang}, still URL-encoded; empty when none
 * @param refused the page shows what was sent with its errors: the window title says so first,
 *     so a screen reader hears it on arrival; the heading stays the page's own
 * @param languages every language the municipality offers, in the order of the switch; the page's own among them
 */
public record Frame(PageTexts t, String lang, String title, String path, boolean testEnvironment,
        String userName, boolean resident, boolean caseworker, boolean admin, MunicipalityView municipality,
        String query, boolean refused, List<LanguageChoice> languages) {

    public Frame {
        query = query == null ? "" : query;
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** A page that offers no language switch. */
    public Frame(PageTexts t, String lang, String title, String path, boolean testEnvironment, String userName,
            boolean resident, boolean caseworker, boolean admin, MunicipalityView municipality, String query,
            boolean refused) {
        this(t, lang, title, path, testEnvironment, userName, resident, caseworker, admin, municipality, query, refused,
                List.of());
    }

    /** A page that shows no refused input. */
    public Frame(PageTexts t, String lang, String title, String path, boolean testEnvironment, String userName,
            boolean resident, boolean caseworker, boolean admin, MunicipalityView municipality, String query) {
        this(t, lang, title, path, testEnvironment, userName, resident, caseworker, admin, municipality, query, false);
    }

    /** A page whose address has no query. */
    public Frame(PageTexts t, String lang, String title, String path, boolean testEnvironment, String userName,
            boolean resident, boolean caseworker, boolean admin, MunicipalityView municipality) {
        this(t, lang, title, path, testEnvironment, userName, resident, caseworker, admin, municipality, "", false);
    }

    /**
     * The same page in another language. The query stays, so a page that is only what it is
     * because of its query (the receipt after sending, {@code ?ontvangen=1}) stays that page.
     */
    public String languageHref(String code) {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + code;
    }

    /** Whether {@code code} is the language this page is in: the switch marks it with {@code aria-current}. */
    public boolean isCurrent(String code) {
        return lang.equals(code);
    }

    public boolean loggedIn() {
        return userName != null;
    }
}
