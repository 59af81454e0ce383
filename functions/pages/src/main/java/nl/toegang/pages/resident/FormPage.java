package nl.toegang.pages.resident;

/**
 * A form a resident fills in: an intake form or the application.
 *
 * @param errorSummaryHtml null when nothing is wrong yet; from the form renderer of toegang-forms
 * @param idempotencyKey null for forms that need none
 * @param fieldsHtml the form's fields, from the form renderer of toegang-forms
 */
public record FormPage(String intro, String action, String idempotencyField, String idempotencyKey,
        String errorSummaryHtml, String fieldsHtml) {}
