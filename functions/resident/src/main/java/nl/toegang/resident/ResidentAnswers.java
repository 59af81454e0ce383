package nl.toegang.resident;

import java.util.List;
import java.util.Map;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Wording;

/** The resident's answer to a question of the municipality needs words (documents come with h7's uploads). */
final class ResidentAnswers {

    static final String FIELD = "answer";

    private ResidentAnswers() {}

    static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.refused(Map.of(FIELD, List.of(Wording.of("problem.clock.answerMissing"))), "input.invalid");
        }
    }
}
