package nl.toegang.pages.caseworker;

import nl.toegang.pages.components.ErrorSummary;

/**
 * The dossier on its own page, with the application form when the case waits for one.
 *
 * @param applicationFieldsHtml from toegang-forms' renderer; null when no application is expected
 * @param errorSummary null when nothing is wrong
 */
public record CaseFilePage(String caseId, String applicationFieldsHtml, ErrorSummary errorSummary, CaseFileView file) {}
