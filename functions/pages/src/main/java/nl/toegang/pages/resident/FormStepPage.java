package nl.toegang.pages.resident;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.forms.LanguageSwitch;

/**
 * One step of a form shown in steps.
 *
 * @param progress     "Stap 2 van 4", in the reader's words
 * @param formTitle    the name of the whole form, above the step's own heading
 * @param backHref     the previous step; null on the first
 * @param nextText     the button's text: the next step, or the check page after the last step
 * @param errorSummary null when nothing is wrong
 * @param fields       this step's fields, from the form renderer of toegang-forms
 */
public record FormStepPage(String progress, String formTitle, String intro, String action, String backHref, String nextText,
        ErrorSummary errorSummary, List<FormFieldView> fields) {

    public LanguageSwitch languageSwitch() {
        return new LanguageSwitch(action);
    }
}
