package nl.toegang.core.web;

import java.util.Locale;
import nl.toegang.forms.Language;
import nl.toegang.pages.BundleTexts;
import nl.toegang.pages.PageTexts;

/** Page texts in Dutch (B1) and English, from toegang/texts_nl.properties and texts_en.properties. */
public final class Texts implements PageTexts {

    private static final String BUNDLE = "toegang.texts";
    private static final Texts NL = new Texts(Language.NL);
    private static final Texts EN = new Texts(Language.EN);

    private final BundleTexts bundle;
    private final Language language;

    private Texts(Language language) {
        this.language = language;
        this.bundle = new BundleTexts(BUNDLE, language.locale());
    }

    public static Texts of(Language language) {
        return language == Language.EN ? EN : NL;
    }

    public Language language() {
        return language;
    }

    @Override
    public String get(String key, Object... args) {
        return bundle.get(key, args);
    }

    /** Like {@link #get} but for keys that may legitimately be absent. */
    public String getOrDefault(String key, String fallback) {
        return bundle.getOrDefault(key, fallback);
    }

    public Locale locale() {
        return language.locale();
    }
}
