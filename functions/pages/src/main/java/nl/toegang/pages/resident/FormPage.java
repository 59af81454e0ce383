package nl.toegang.pages.resident;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.forms.LanguageSwitch;

/**
 * A form a resident fills in: an intake form or the application.
 *
 * @param errorSummary null when nothing is wrong yet
 * @param idempotencyKey null for forms that need none
 * @param fields the form's fields, from the form renderer of toegang-forms
 */
public record FormPage(String intro, String action, String idempotencyField, String idempotencyKey,
        ErrorSummary errorSummary, List<FormFieldView> fields) {

    public LanguageSwitch languageSwitch() {
        return new LanguageSwitch(action);
    }
}
