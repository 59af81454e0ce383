package nl.toegang.pages.forms;

import java.util.List;

/**
 * One block of a form's static text: a heading, a paragraph or a bullet list.
 *
 * @param level 2 to 4 for a heading (the page has its own h1), 0 otherwise
 * @param lines one line for a heading or paragraph, one per item for a list
 */
public record TextBlock(Type type, int level, List<List<TextRun>> lines) {

    public enum Type { HEADING, PARAGRAPH, LIST }

    public TextBlock {
        lines = List.copyOf(lines);
    }

    public List<TextRun> line() {
        return lines.getFirst();
    }

    /** A piece of text, in bold or not. */
    public record TextRun(String text, boolean bold) {}
}
