package nl.toegang.localidp;

import java.util.Locale;

/**
 * The language a page leads with. Pages always show Dutch and English;
 * {@code ui_locales=en} only puts English first.
 */
enum PageLanguage {
    DUTCH("nl"),
    ENGLISH("en");

    private final String code;

    PageLanguage(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** {@code ui_locales} is a space-separated preference list (OpenID Connect Core, 3.1.2.1). */
    static PageLanguage fromUiLocales(String uiLocales) {
        if (uiLocales != null) {
            for (String tag : uiLocales.trim().split("\\s+")) {
                String language = tag.toLowerCase(Locale.ROOT);
                if (language.startsWith("nl")) {
                    return DUTCH;
                }
                if (language.startsWith("en")) {
                    return ENGLISH;
                }
            }
        }
        return DUTCH;
    }

    /** Both texts, the page's own language first, the other marked with its language. */
    String both(String dutch, String english) {
        String first = this == DUTCH ? dutch : english;
        String second = this == DUTCH ? english : dutch;
        String secondCode = this == DUTCH ? "en" : "nl";
        return Html.escape(first) + " <span class=\"secondary\" lang=\"" + secondCode + "\">"
                + Html.escape(second) + "</span>";
    }

    String inline(String dutch, String english) {
        return this == DUTCH ? dutch + " / " + english : english + " / " + dutch;
    }
}
