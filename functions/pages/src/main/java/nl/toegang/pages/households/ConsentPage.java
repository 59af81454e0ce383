package nl.toegang.pages.households;

import java.util.List;
import nl.toegang.pages.components.DescriptionItem;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;

/**
 * The resident's own consent page: their consents with a button to revoke each, the form to give
 * one (with what was typed and why it was refused), and the times information about them was
 * shared without consent for safety.
 *
 * @param household false when the resident is in no household; the page then only says so
 * @param key the idempotency key of this form: the same page sent twice stores one consent
 */
public record ConsentPage(boolean household, String notice, List<ConsentRow> consents, List<FormFieldView> fields,
        String action, String keyField, String key, ErrorSummary errorSummary, List<String> overrides) {

    /** @param revokeAction null when it no longer holds */
    public record ConsentRow(List<DescriptionItem> items, String revokeAction, String revokeLabel) {}
}
