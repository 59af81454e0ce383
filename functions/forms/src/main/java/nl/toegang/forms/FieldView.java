package nl.toegang.forms;

import java.util.ArrayList;
import java.util.List;

/** One field as it is about to be shown: its definition, language, current value, error and options. */
record FieldView(FormComponent field, Language language, Object value, String error, List<Option> options) {

    String key() {
        return field.key();
    }

    String id() {
        return FieldIds.field(field.key());
    }

    boolean hasError() {
        return error != null && !error.isBlank();
    }

    String description() {
        return field.description(language);
    }

    boolean hasDescription() {
        return description() != null && !description().isBlank();
    }

    /** Ties the description and the error to the input, so a screen reader reads them with it. */
    String describedBy() {
        List<String> ids = new ArrayList<>();
        if (hasDescription()) {
            ids.add(FieldIds.description(key()));
        }
        if (hasError()) {
            ids.add(FieldIds.error(key()));
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    String ariaInvalid() {
        return hasError() ? "true" : null;
    }

    /**
     * A field that a hide condition can switch off is only sometimes required. Without
     * JavaScript it is always on screen, so calling it required would mislead; its
     * description says when to fill it in, and the server still checks it when it applies.
     */
    boolean showsAsRequired() {
        return field.isRequired() && field.hide().isEmpty();
    }

    String ariaRequired() {
        return showsAsRequired() ? "true" : null;
    }

    String readonly() {
        return field.readonly() ? "readonly" : null;
    }

    String wrapperClass() {
        return hasError() ? "form-field form-field--error" : "form-field";
    }

    void writeLabelText(HtmlWriter html) {
        html.text(field.label(language));
        if (showsAsRequired()) {
            html.text(" ").element("span", Messages.requiredMarker(language), "class", "field-required");
        }
    }

    void writeDescription(HtmlWriter html) {
        if (hasDescription()) {
            html.element("p", description(), "class", "field-description", "id", FieldIds.description(key())).newline();
        }
    }

    void writeError(HtmlWriter html) {
        if (hasError()) {
            html.open("p", "class", "field-error", "id", FieldIds.error(key()))
                    .element("span", Messages.errorPrefix(language), "class", "field-error-prefix")
                    .text(" " + error)
                    .close("p").newline();
        }
    }
}
