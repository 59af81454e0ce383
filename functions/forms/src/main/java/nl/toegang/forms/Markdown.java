package nl.toegang.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toegang.pages.forms.TextBlock;
import nl.toegang.pages.forms.TextBlock.TextRun;

/**
 * The small part of markdown that form texts need: paragraphs, headings ({@code #} to
 * {@code ###}), bullet lists ({@code -} or {@code *}) and {@code **bold**}. It becomes text blocks,
 * not markup, so a form file cannot put script or links on the page: the template escapes it all.
 */
final class Markdown {

    private static final Pattern HEADING = Pattern.compile("(#{1,3})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("[-*]\\s+(.*)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private Markdown() {
    }

    static List<TextBlock> blocks(String markdown) {
        List<TextBlock> blocks = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return blocks;
        }
        List<String> paragraph = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").split("\n")) {
            String trimmed = line.strip();
            Matcher heading = HEADING.matcher(trimmed);
            Matcher bullet = BULLET.matcher(trimmed);
            if (trimmed.isEmpty() || heading.matches() || bullet.matches()) {
                flushParagraph(blocks, paragraph);
            }
            if (!bullet.matches()) {
                flushList(blocks, bullets);
            }
            if (heading.matches()) {
                // The page has its own h1; form headings sit below it.
                blocks.add(new TextBlock(TextBlock.Type.HEADING, heading.group(1).length() + 1,
                        List.of(runs(heading.group(2)))));
            } else if (bullet.matches()) {
                bullets.add(bullet.group(1));
            } else if (!trimmed.isEmpty()) {
                paragraph.add(trimmed);
            }
        }
        flushParagraph(blocks, paragraph);
        flushList(blocks, bullets);
        return blocks;
    }

    private static void flushParagraph(List<TextBlock> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(TextBlock.Type.PARAGRAPH, 0, List.of(runs(String.join(" ", lines)))));
            lines.clear();
        }
    }

    private static void flushList(List<TextBlock> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new TextBlock(TextBlock.Type.LIST, 0, items.stream().map(Markdown::runs).toList()));
            items.clear();
        }
    }

    private static List<TextRun> runs(String text) {
        List<TextRun> runs = new ArrayList<>();
        Matcher bold = BOLD.matcher(text);
        int at = 0;
        while (bold.find()) {
            if (bold.start() > at) {
                runs.add(new TextRun(text.substring(at, bold.start()), false));
            }
            runs.add(new TextRun(bold.group(1), true));
            at = bold.end();
        }
        if (at < text.length()) {
            runs.add(new TextRun(text.substring(at), false));
        }
        return runs;
    }
}
