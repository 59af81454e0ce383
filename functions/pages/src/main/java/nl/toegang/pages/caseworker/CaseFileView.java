package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.HistoryEntry;
import nl.toegang.pages.forms.AnswerView;

/**
 * The dossier as a case worker sees it, beside a task and on its own page.
 *
 * @param melding the melding's answers from toegang-forms' renderer, or null
 * @param tasks each task of the case as one line in words
 */
public record CaseFileView(String caseId, String status, List<AnswerView> melding, List<String> tasks, List<HistoryEntry> history) {}
