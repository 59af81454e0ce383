package nl.toegang.pages.caseworker;

/**
 * The dossier on its own page, with the application form when the case waits for one.
 *
 * @param applicationFieldsHtml from toegang-forms' renderer; null when no application is expected
 * @param errorSummaryHtml null when nothing is wrong
 */
public record CaseFilePage(String caseId, String applicationFieldsHtml, String errorSummaryHtml, CaseFileView file) {}
