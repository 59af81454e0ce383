package nl.toegang.pages;

/**
 * What the layout needs around every page: the reader's texts and language, the page title,
 * the path (for the language switch and the login return), who is logged in and with which roles,
 * and the municipality whose service this is.
 *
 * @param userName null when nobody is logged in
 */
public record Frame(PageTexts t, String lang, String title, String path, boolean testEnvironment,
        String userName, boolean resident, boolean caseworker, boolean admin, MunicipalityView municipality) {

    public String otherLang() {
        return "en".equals(lang) ? "nl" : "en";
    }

    public boolean loggedIn() {
        return userName != null;
    }
}
