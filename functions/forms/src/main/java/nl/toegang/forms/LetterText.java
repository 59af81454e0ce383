package nl.toegang.forms;

import java.util.List;
import nl.toegang.pages.forms.TextBlock;

/**
 * A filled letter as the pages show it. Letters are CommonMark (workflows/letters): the first line
 * is {@code # subject}, sections start with {@code ## }, lists with {@code - }. The pages read the
 * same small part of markdown as form texts, as blocks the templates escape, so a value typed by a
 * resident or case worker can never become markup on the page.
 */
public final class LetterText {

    private LetterText() {}

    /** The first line without its heading marks. */
    public static String subject(String markdown) {
        String first = firstLine(markdown);
        return first.replaceFirst("^#+\\s*", "").strip();
    }

    /** Everything after the subject line, as blocks. */
    public static List<TextBlock> body(String markdown) {
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n");
        int end = text.indexOf('\n');
        return Markdown.blocks(end < 0 ? "" : text.substring(end + 1));
    }

    private static String firstLine(String markdown) {
        if (markdown == null) {
            return "";
        }
        int end = markdown.indexOf('\n');
        return end < 0 ? markdown : markdown.substring(0, end);
    }
}
