package nl.toegang.pages.resident;

import java.util.List;
import nl.toegang.pages.components.DescriptionItem;
import nl.toegang.pages.components.HistoryEntry;
import nl.toegang.pages.forms.AnswerView;
import nl.toegang.pages.letters.LetterBody;

/**
 * One case as its resident sees it.
 *
 * @param receipt the confirmation after sending, or null when the resident did not just send it
 * @param verslag the report of the conversation, when the resident is asked to apply; else null
 * @param answers the resident's answers, from the form renderer of toegang-forms; null without a form
 */
public record ResidentCase(String caseId, String receipt, String receiptNext, String statusText, boolean canApply,
        Letter verslag, List<Letter> letters, List<HistoryEntry> history, List<AnswerView> answers, boolean canWithdraw) {

    /**
     * A letter the resident received, as a letter reads: its subject, then its heading (date,
     * reference, sender, and what it is about), then its text.
     *
     * @param anchor the id of the letter on the page, so a link can point at it
     * @param text the letter after its subject line, as sanitised HTML
     * @param pdfUrl where the reader downloads the letter as PDF
     */
    public record Letter(String anchor, String subject, List<DescriptionItem> heading, LetterBody text, String pdfUrl) {}
}
