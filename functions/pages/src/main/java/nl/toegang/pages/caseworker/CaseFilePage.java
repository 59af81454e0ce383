package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;

/**
 * The dossier on its own page, with the application form when the case waits for one.
 *
 * @param applicationFields from toegang-forms' renderer; null when no application is expected
 * @param errorSummary null when nothing is wrong
 */
public record CaseFilePage(String caseId, List<FormFieldView> applicationFields, ErrorSummary errorSummary, CaseFileView file) {}
