package nl.toegang.pages;

/**
 * What the layout needs around every page: the reader's texts and language, the page title,
 * the path (for the language switch and the login return), who is logged in and with which roles,
 * and the municipality whose service this is.
 *
 * @param userName null when nobody is logged in
 * @param query the request's query without {@code lang}, still URL-encoded; empty when none
 * @param refused the page shows what was sent with its errors: the window title says so first,
 *     so a screen reader hears it on arrival; the heading stays the page's own
 */
public record Frame(PageTexts t, String lang, String title, String path, boolean testEnvironment,
        String userName, boolean resident, boolean caseworker, boolean admin, MunicipalityView municipality,
        String query, boolean refused) {

    public Frame {
        query = query == null ? "" : query;
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
     * The same page in the other language. The query stays, so a page that is only what it is
     * because of its query (the receipt after sending, {@code ?ontvangen=1}) stays that page.
     */
    public String languageHref() {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + otherLang();
    }

    public String otherLang() {
        return "en".equals(lang) ? "nl" : "en";
    }

    public boolean loggedIn() {
        return userName != null;
    }
}
