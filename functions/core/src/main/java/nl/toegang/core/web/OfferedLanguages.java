package nl.toegang.core.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.toegang.forms.Language;

/**
 * The languages this municipality offers residents ({@code toegang.languages}, for example
 * {@code [nl, en, pl, uk]}), in the order of the language switch. Dutch is always offered, first.
 * Checked at start: each language needs its page texts (toegang/texts_&lt;code&gt;.properties), or
 * every page in it would be Dutch under another name.
 *
 * <p>Read once at start and kept for the static {@link LanguageResolver}, which every controller
 * calls without injection; the setting is the same for every instance of a deployment.
 */
@Context
public class OfferedLanguages {

    private static final List<Language> DEFAULT = List.of(Language.NL, Language.EN);
    private static volatile List<Language> offered = DEFAULT;

    OfferedLanguages(Environment environment) {
        List<String> codes = environment.getProperty("toegang.languages", Argument.listOf(String.class)).orElse(List.of());
        offer(codes);
    }

    /** Offers these languages from now on; the constructor does this with the setting. */
    static List<Language> offer(List<String> codes) {
        offered = parse(codes);
        return offered;
    }

    /** The offered languages for these codes: Dutch first, each once, each with its page texts. */
    static List<Language> parse(List<String> codes) {
        List<Language> languages = new ArrayList<>(List.of(Language.NL));
        for (String code : codes) {
            Language language;
            try {
                language = Language.of(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("toegang.languages: '" + code + "' is not a language code such as pl or uk");
            }
            if (!hasPageTexts(language)) {
                throw new IllegalStateException("toegang.languages names " + language.code()
                        + ", but there is no toegang/texts_" + language.code() + ".properties");
            }
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        return List.copyOf(languages);
    }

    private static boolean hasPageTexts(Language language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("toegang.texts", language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getLocale().getLanguage().equals(language.locale().getLanguage());
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** Dutch first, then the others as configured. */
    public static List<Language> all() {
        return offered;
    }

    /** The offered language with this code, if it is one. */
    public static Optional<Language> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normal = code.strip().toLowerCase(Locale.ROOT);
        return offered.stream().filter(language -> language.code().equals(normal)).findFirst();
    }

    /** The languages other than Dutch: those a deployed form is checked for. */
    public List<Language> translations() {
        return offered.stream().filter(language -> !language.isFallback()).toList();
    }
}
