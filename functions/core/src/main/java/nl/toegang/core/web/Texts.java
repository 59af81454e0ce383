package nl.toegang.core.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.toegang.forms.Language;
import nl.toegang.pages.BundleTexts;
import nl.toegang.pages.PageTexts;

/**
 * Page texts in one language, from toegang/texts_&lt;code&gt;.properties (texts_nl in Dutch B1, texts_en,
 * texts_pl, texts_uk); a key missing in the reader's language takes the Dutch text.
 */
public final class Texts implements PageTexts {

    private static final String BUNDLE = "toegang.texts";
    private static final Map<Language, Texts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final BundleTexts bundle;
    private final Language language;

    private Texts(Language language) {
        this.language = language;
        this.bundle = BundleTexts.withDutchFallback(BUNDLE, language.locale(), Language.FALLBACK.locale());
    }

    public static Texts of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? Language.FALLBACK : language, Texts::new);
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
