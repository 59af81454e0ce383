package nl.toegang.pages.forms;

import java.util.List;

/**
 * One component of a Camunda Form as it is about to be shown, in the reader's words.
 *
 * @param id the id of the control (of the fieldset around the options of a radio group or
 *           checklist), the target of the error summary's link; null for text, groups and separators
 * @param label the label, the legend of a radio group, checklist or group; may be blank for a group
 * @param description the help text, or null
 * @param error the error message, or null
 * @param value the text in a one-line input or text area; "true" for a ticked checkbox
 * @param options the choices of a select, radio group or checklist; empty otherwise
 * @param required shown as required (a field that is only sometimes required is not)
 * @param readonly shown, but not to be changed
 * @param hints keyboard and autofill hints of a one-line input
 * @param children the components of a group
 * @param text the blocks of a text component
 * @param labelLang {@code "nl"} when the label is shown in Dutch on a page in another language
 *     (no translation), so a screen reader reads it as Dutch; null otherwise. Likewise
 *     {@code descriptionLang} and {@code textLang}.
 */
public record FormFieldView(FieldKind kind, String key, String id, String label, String description, String error,
        String value, List<ChoiceView> options, boolean required, boolean readonly, InputHints hints,
        List<FormFieldView> children, List<TextBlock> text, FieldWords words,
        String labelLang, String descriptionLang, String textLang) {

    public FormFieldView {
        options = List.copyOf(options);
        children = List.copyOf(children);
        text = List.copyOf(text);
    }

    /** A component whose texts are all in the page's language. */
    public FormFieldView(FieldKind kind, String key, String id, String label, String description, String error,
            String value, List<ChoiceView> options, boolean required, boolean readonly, InputHints hints,
            List<FormFieldView> children, List<TextBlock> text, FieldWords words) {
        this(kind, key, id, label, description, error, value, options, required, readonly, hints, children, text, words,
                null, null, null);
    }

    public boolean hasError() {
        return error != null && !error.isBlank();
    }

    public boolean hasDescription() {
        return description != null && !description.isBlank();
    }

    public boolean hasLabel() {
        return label != null && !label.isBlank();
    }

    public String descriptionId() {
        return id + "-description";
    }

    public String errorId() {
        return id + "-error";
    }

    /** Ties the description and the error to the control, so a screen reader reads them with it; null when none. */
    public String describedBy() {
        String ids = ((hasDescription() ? descriptionId() : "") + " " + (hasError() ? errorId() : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    public boolean ticked() {
        return "true".equals(value);
    }
}
