package nl.toegang.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from one properties bundle in one language. Without a fallback a missing key shows as
 * the key; with one ({@link #withDutchFallback}) a key missing in the reader's language, or a
 * language without a bundle file at all, takes the Dutch text, never a blank.
 */
public final class BundleTexts implements PageTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final BundleTexts fallback;

    public BundleTexts(String bundleName, Locale locale) {
        this(ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK), locale, null);
    }

    private BundleTexts(ResourceBundle bundle, Locale locale, BundleTexts fallback) {
        this.bundle = bundle;
        this.locale = locale;
        this.fallback = fallback;
    }

    /** The texts in {@code locale}, each missing one taken from the {@code dutch} bundle. */
    public static BundleTexts withDutchFallback(String bundleName, Locale locale, Locale dutch) {
        BundleTexts dutchTexts = new BundleTexts(bundleName, dutch);
        if (locale.getLanguage().equals(dutch.getLanguage())) {
            return dutchTexts;
        }
        ResourceBundle own;
        try {
            own = ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK);
        } catch (MissingResourceException noFile) {
            return new BundleTexts(dutchTexts.bundle, dutch, null);
        }
        // A bundle for nl_NL found for a locale "pl" would mean the file is missing: Java fell back.
        if (!own.getLocale().getLanguage().equals(locale.getLanguage())) {
            return new BundleTexts(dutchTexts.bundle, dutch, null);
        }
        return new BundleTexts(own, locale, dutchTexts);
    }

    @Override
    public String get(String key, Object... args) {
        String pattern;
        Locale formatLocale = locale;
        if (bundle.containsKey(key)) {
            pattern = bundle.getString(key);
        } else if (fallback != null && fallback.bundle.containsKey(key)) {
            pattern = fallback.bundle.getString(key);
            formatLocale = fallback.locale;
        } else {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, formatLocale).format(args);
    }

    /** Like {@link #get} but for keys that may legitimately be absent; shown as written. */
    public String getOrDefault(String key, String fallbackText) {
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        if (fallback != null && fallback.bundle.containsKey(key)) {
            return fallback.bundle.getString(key);
        }
        return fallbackText;
    }

    /** Whether the reader's own bundle has {@code key}, without the Dutch fallback. */
    public boolean hasOwn(String key) {
        return bundle.containsKey(key);
    }
}
