package nl.toegang.pages.caseworker;

import nl.toegang.pages.components.ErrorSummary;

/**
 * The form to add a note: what was typed and why it was refused, so nothing is lost.
 *
 * @param field the textarea's name, also its id after {@code field-}
 * @param keyField the hidden field's name that carries {@code key}: the same page sent twice stores one note
 * @param error the refusal in the reader's words, or null
 * @param errorSummary null when nothing is wrong
 */
public record NoteForm(String action, String field, String keyField, String key, String text, int maxLength,
        String error, ErrorSummary errorSummary) {

    public String fieldId() {
        return "field-" + field;
    }
}
