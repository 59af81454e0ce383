package nl.toegang.pages.resident;

import nl.toegang.pages.components.ErrorSummary;

/**
 * A form a resident fills in: an intake form or the application.
 *
 * @param errorSummary null when nothing is wrong yet
 * @param idempotencyKey null for forms that need none
 * @param fieldsHtml the form's fields, from the form renderer of toegang-forms
 */
public record FormPage(String intro, String action, String idempotencyField, String idempotencyKey,
        ErrorSummary errorSummary, String fieldsHtml) {}
