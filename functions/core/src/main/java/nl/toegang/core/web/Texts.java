package nl.toegang.core.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.toegang.forms.Language;
import nl.toegang.pages.PageTexts;

/** Page texts in Dutch (B1) and English, from toegang/texts_nl.properties and texts_en.properties. */
public final class Texts implements PageTexts {

    private final ResourceBundle bundle;
    private final Language language;

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("toegang.texts", language.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Texts NL = new Texts(Language.NL);
    private static final Texts EN = new Texts(Language.EN);

    public static Texts of(Language language) {
        return language == Language.EN ? EN : NL;
    }

    public Language language() {
        return language;
    }

    @Override
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Like {@link #get} but for keys that may legitimately be absent. */
    public String getOrDefault(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public Locale locale() {
        return language.locale();
    }
}
