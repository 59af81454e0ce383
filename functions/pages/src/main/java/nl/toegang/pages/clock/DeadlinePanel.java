package nl.toegang.pages.clock;

import java.util.List;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.components.ErrorSummary;

/**
 * The decision term on the case file: the last day, why it moved, and the forms to ask the resident
 * for information and to extend once. Every text is in the reader's words; days are written out.
 *
 * @param standsStill why the clock stands still now, or null while it runs
 * @param suspended how many days it stood still so far, in a sentence
 * @param extension the extension with its reason in a sentence, or null
 * @param requestForm null when the case is closed
 * @param extendForm null when the term was extended already, or the case is closed
 */
public record DeadlinePanel(String deadline, String source, String standsStill, String suspended, List<Request> requests,
        String extension, RequestForm requestForm, ExtendForm extendForm, ErrorSummary errorSummary) {

    /** @param answer the resident's answer, or null; {@code state} says whether it is open, answered or passed */
    public record Request(String question, String asked, String state, String answer) {}

    public record RequestForm(String action, String question, String questionError, List<Choice> within, String answerBy,
            String answerByError) {}

    public record ExtendForm(String action, String hint, String reason, String reasonError, String until, String untilError) {}
}
