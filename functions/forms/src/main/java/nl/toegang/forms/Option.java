package nl.toegang.forms;

import java.util.HashMap;
import java.util.Map;

/**
 * One choice of a select, radio group or checklist.
 *
 * @param translations the label per language code other than Dutch ({@code en}, {@code pl}); absent ones fall back to Dutch
 */
public record Option(String value, String label, Map<String, String> translations) {

    public Option {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** The labels of the options of a component, in its properties as {@code option_<code>:<value>}. */
    static Map<String, String> translationsIn(Map<String, String> properties, String value) {
        Map<String, String> found = new HashMap<>();
        String suffix = ":" + value;
        properties.forEach((name, text) -> {
            if (name.startsWith("option_") && name.endsWith(suffix)) {
                String code = name.substring("option_".length(), name.length() - suffix.length());
                if (Language.isCode(code) && text != null && !text.isBlank()) {
                    found.put(code, text);
                }
            }
        });
        return found;
    }

    public String label(Language language) {
        return language.pick(dutchLabel(), translations.get(language.code()));
    }

    /** Whether a reader of {@code language} sees the Dutch label because it has no translation. */
    public boolean fallsBackToDutch(Language language) {
        String translated = translations.get(language.code());
        return !language.isFallback() && (translated == null || translated.isBlank());
    }

    private String dutchLabel() {
        return label == null || label.isBlank() ? value : label;
    }
}
