package nl.toegang.pages.clock;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;

/**
 * "Wanneer krijgt u een besluit?" on the resident's case page, with the municipality's open questions.
 *
 * @param deadline the last day, written out
 * @param explanation why it is that day (a question is open, the term was extended), or null
 */
public record DeadlineView(String deadline, String explanation, List<OpenQuestion> questions, ErrorSummary errorSummary) {

    /**
     * @param action where the answer form posts to
     * @param answer what was typed, shown again after a refusal
     * @param error why the answer was refused, or null
     */
    public record OpenQuestion(String requestId, String question, String answerBy, String action, String answer,
            String error) {}
}
