package nl.toegang.worker;

import java.util.Map;
import nl.toegang.core.letters.DutchOnly;
import nl.toegang.forms.ComponentType;
import nl.toegang.forms.Language;

/**
 * The answers a case worker typed into a task's text field (a motivation, a report, a reason) are
 * Dutch; a letter in another language says so before each and tags it as Dutch ({@link DutchOnly}).
 * Chosen options and dates are not typed: the letter shows them in its own language already.
 */
final class DutchOnlyAnswers {

    private DutchOnlyAnswers() {}

    static void mark(Map<String, Object> values, CaseAnswerWords.Fields fields, Language letter) {
        if (letter.isFallback()) {
            return;
        }
        fields.byKey().forEach((key, field) -> {
            if ((field.type() == ComponentType.TEXTAREA || field.type() == ComponentType.TEXTFIELD)
                    && values.get(key) instanceof String typed && !typed.isBlank()) {
                values.put(key, DutchOnly.mark(typed, letter));
            }
        });
    }
}
