package nl.toegang.core.definitions;

import java.util.ArrayList;
import java.util.List;
import nl.toegang.forms.FormComponent;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.Language;

/**
 * The Dutch texts of a form that have no translation into one offered language: residents reading
 * that language see them in Dutch. Reported when the form is deployed, not refused, so a
 * municipality can take a form into use first and have it translated after.
 *
 * @param formId  the form's id, as the administrator knows it
 * @param texts   the Dutch texts, in the order of the form
 */
public record UntranslatedTexts(String formId, Language language, List<String> texts) {

    public UntranslatedTexts {
        texts = List.copyOf(texts);
    }

    /** One entry per language that misses at least one text of {@code form}. */
    public static List<UntranslatedTexts> of(FormDefinition form, List<Language> languages) {
        List<UntranslatedTexts> report = new ArrayList<>();
        for (Language language : languages) {
            List<String> missing = new ArrayList<>();
            collect(form.components(), language, missing);
            if (!missing.isEmpty()) {
                report.add(new UntranslatedTexts(form.id(), language, missing));
            }
        }
        return report;
    }

    private static void collect(List<FormComponent> components, Language language, List<String> missing) {
        for (FormComponent component : components) {
            missing.addAll(component.untranslated(language));
            collect(component.components(), language, missing);
        }
    }
}
