package nl.toegang.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One component of a Camunda Form. Dutch text sits in the normal fields; every other language in
 * {@code properties}, named by its code ({@code label_en}, {@code description_pl}, {@code text_uk},
 * {@code option_pl:<value>}); a missing one falls back to Dutch. Absent text and keys are null,
 * never empty lists or maps.
 *
 * @param key           the variable the answer is stored under; null for text, groups and layout
 * @param text          the markdown of a {@code text} component
 * @param values        static options; empty when the options come from {@code valuesKey}
 * @param valuesKey     the context entry that holds the options as a list of {label, value}
 * @param subtype       for {@code datetime}: always {@code date}
 * @param decimalDigits for {@code number}: the most digits allowed after the decimal point
 * @param defaultValue  shown when no value is known yet
 * @param readonly      shown but never taken from the submitted input
 * @param hideCondition when it holds, the field is not validated nor stored
 * @param components    the children of a {@code group}
 */
public record FormComponent(
        ComponentType type,
        String key,
        String label,
        String description,
        String text,
        ValidationRules validate,
        List<Option> values,
        String valuesKey,
        String subtype,
        Integer decimalDigits,
        boolean disallowPassedDates,
        Object defaultValue,
        boolean readonly,
        HideCondition hideCondition,
        Map<String, String> properties,
        List<FormComponent> components) {

    public FormComponent {
        values = List.copyOf(values);
        properties = Map.copyOf(properties);
        components = List.copyOf(components);
    }

    /** The label in the given language; the key when the form gives no label at all. */
    public String label(Language language) {
        String text = language.pick(label, translation("label", language));
        return text == null || text.isBlank() ? key : text;
    }

    public String description(Language language) {
        return language.pick(description, translation("description", language));
    }

    public String text(Language language) {
        return language.pick(text, translation("text", language));
    }

    /**
     * Whether the label (or {@code description}, {@code text}) is shown in Dutch to a reader of
     * {@code language} because it has no translation: the page then marks it {@code lang="nl"}.
     */
    public boolean fallsBackToDutch(String part, Language language) {
        String dutch = switch (part) {
            case "label" -> label;
            case "description" -> description;
            case "text" -> text;
            default -> throw new IllegalArgumentException(part);
        };
        return !language.isFallback() && dutch != null && !dutch.isBlank() && isBlank(translation(part, language));
    }

    /** The Dutch texts of this component (not its children) that have no translation into {@code language}. */
    public List<String> untranslated(Language language) {
        if (language.isFallback()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String part : List.of("label", "description", "text")) {
            if (fallsBackToDutch(part, language)) {
                missing.add(switch (part) {
                    case "label" -> label;
                    case "description" -> description;
                    default -> text;
                });
            }
        }
        for (Option option : values) {
            if (option.fallsBackToDutch(language)) {
                missing.add(option.label(Language.FALLBACK));
            }
        }
        return missing;
    }

    private String translation(String part, Language language) {
        return properties.get(part + "_" + language.code());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isRequired() {
        return validate.required();
    }

    public Optional<CustomValidation> customValidation() {
        return Optional.ofNullable(properties.get("validation"))
                .filter(value -> !value.isBlank())
                .flatMap(CustomValidation::fromPropertyValue);
    }

    public boolean hasCustomValidation(CustomValidation validation) {
        return customValidation().filter(validation::equals).isPresent();
    }

    public Optional<HideCondition> hide() {
        return Optional.ofNullable(hideCondition);
    }
}
