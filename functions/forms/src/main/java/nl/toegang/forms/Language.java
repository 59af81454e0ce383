package nl.toegang.forms;

import java.util.Locale;

/** The languages a resident can read a form in. Dutch is the source; English falls back to Dutch. */
public enum Language {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Picks the English text when asked for English and one is given; otherwise the Dutch one. */
    String pick(String dutch, String english) {
        if (this == EN && english != null && !english.isBlank()) {
            return english;
        }
        return dutch;
    }
}
