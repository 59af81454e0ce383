package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;

/**
 * The loket's "Melding registreren": how the question came in, then the intake form, filled in for
 * the resident.
 *
 * @param errorSummary null when nothing is wrong yet
 */
public record RegisterPage(String intro, String action, String idempotencyField, String idempotencyKey,
        ErrorSummary errorSummary, FormFieldView channel, List<FormFieldView> fields, String submit) {}
