package nl.toegang.pages.resident;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.AnswerView;

/**
 * "Controleer uw antwoorden": every step's answers, each with a link back to its step, and the send button.
 *
 * @param errorSummary null unless sending found something wrong; its links lead to the steps
 */
public record CheckAnswersPage(String formTitle, String action, ErrorSummary errorSummary, List<Section> sections) {

    /** @param answers the step's answers with option labels and dates in words, from toegang-forms */
    public record Section(String title, String changeHref, String changeLabel, List<AnswerView> answers) {}
}
