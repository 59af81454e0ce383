package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.HistoryEntry;

/**
 * The dossier as a case worker sees it, beside a task and on its own page.
 *
 * @param meldingHtml the melding's answers from toegang-forms' read-only renderer, or null
 * @param tasks each task of the case as one line in words
 */
public record CaseFileView(String caseId, String status, String meldingHtml, List<String> tasks, List<HistoryEntry> history) {}
