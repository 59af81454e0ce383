package nl.toegang.pages.resident;

import java.util.List;
import nl.toegang.pages.components.HistoryEntry;
import nl.toegang.pages.forms.AnswerView;

/**
 * One case as its resident sees it.
 *
 * @param receipt the confirmation after sending, or null when the resident did not just send it
 * @param answers the resident's answers, from the form renderer of toegang-forms; null without a form
 */
public record ResidentCase(String caseId, String receipt, String receiptNext, String statusText, boolean canApply,
        List<Letter> letters, List<HistoryEntry> history, List<AnswerView> answers, boolean canWithdraw) {

    /** A letter the resident received, with the date it was sent. */
    public record Letter(String sentAt, String text) {}
}
