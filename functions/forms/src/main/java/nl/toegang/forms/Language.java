package nl.toegang.forms;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A language a resident can read pages and forms in, named by its lower-case primary subtag
 * ({@code nl}, {@code en}, {@code pl}, {@code uk}). Dutch is the source of every text; any other
 * language falls back to Dutch where a text has no translation. One instance per code, so
 * {@code Language.of("en") == Language.EN}; compare with {@link #equals} all the same.
 */
public final class Language {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Language> BY_CODE = new ConcurrentHashMap<>();

    public static final Language NL = intern("nl", Locale.forLanguageTag("nl-NL"));
    public static final Language EN = intern("en", Locale.ENGLISH);
    /** The language every text is written in first, and the one shown when a translation is missing. */
    public static final Language FALLBACK = NL;

    private final String code;
    private final Locale locale;

    private Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    private static Language intern(String code, Locale locale) {
        return BY_CODE.computeIfAbsent(code, c -> new Language(c, locale));
    }

    /** The language for a code such as {@code pl} or {@code PL}; refuses anything that is not a primary language subtag. */
    public static Language of(String code) {
        String normal = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!isCode(normal)) {
            throw new IllegalArgumentException("Not a language code: " + code);
        }
        return intern(normal, Locale.forLanguageTag(normal));
    }

    /** Whether {@code code} is a lower-case primary language subtag, as {@link #of} takes it. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The lower-case code, as in {@code lang="pl"}, {@code label_pl} and {@code texts_pl.properties}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isFallback() {
        return this.equals(FALLBACK);
    }

    /** The text in this language when one is given; otherwise the Dutch one. */
    String pick(String dutch, String translated) {
        if (!isFallback() && translated != null && !translated.isBlank()) {
            return translated;
        }
        return dutch;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Language language && language.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
