package nl.toegang.pages.forms;

import java.util.List;

/**
 * One submitted answer as a reader sees it: option labels, Dutch or English dates and numbers.
 *
 * @param lines the answer's lines (of a text area), or its items (of a checklist)
 * @param list the lines are a list of chosen options
 * @param empty nothing was filled in; the one line says so
 */
public record AnswerView(String label, List<String> lines, boolean list, boolean empty) {

    public AnswerView {
        lines = List.copyOf(lines);
    }
}
