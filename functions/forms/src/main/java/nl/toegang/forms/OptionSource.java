package nl.toegang.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of a select, radio group or checklist: the static ones from the form, or the
 * list the process supplies under {@code valuesKey} (such as the contracted providers).
 */
final class OptionSource {

    private OptionSource() {
    }

    static List<Option> options(FormComponent component, Map<String, Object> context) {
        if (component.valuesKey() == null || component.valuesKey().isBlank()) {
            return component.values();
        }
        Object supplied = context == null ? null : context.get(component.valuesKey());
        if (!(supplied instanceof List<?> items)) {
            return component.values();
        }
        List<Option> options = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map && map.get("value") != null) {
                String value = String.valueOf(map.get("value"));
                Object label = map.get("label");
                // A supplied list may name its own translations (label_en, label_pl); the form's option_<code>:<value> otherwise.
                Map<String, String> translations = new HashMap<>(Option.translationsIn(component.properties(), value));
                map.forEach((name, text) -> {
                    String key = String.valueOf(name);
                    if (key.startsWith("label_") && Language.isCode(key.substring("label_".length())) && text != null) {
                        translations.put(key.substring("label_".length()), String.valueOf(text));
                    }
                });
                options.add(new Option(value, label == null ? value : String.valueOf(label), translations));
            } else if (item instanceof String value) {
                options.add(new Option(value, value, Map.of()));
            }
        }
        return List.copyOf(options);
    }

    static boolean contains(List<Option> options, String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }
}
