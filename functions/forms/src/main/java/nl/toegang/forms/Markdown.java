package nl.toegang.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of markdown that form texts need: paragraphs, headings ({@code #} to
 * {@code ###}), bullet lists ({@code -} or {@code *}) and {@code **bold**}. The text is escaped
 * first and only these tags are added, so a form file cannot put script or links on the page.
 */
final class Markdown {

    private static final Pattern HEADING = Pattern.compile("(#{1,3})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("[-*]\\s+(.*)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private Markdown() {
    }

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        HtmlWriter html = new HtmlWriter();
        List<String> paragraph = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").split("\n")) {
            String trimmed = line.strip();
            Matcher heading = HEADING.matcher(trimmed);
            Matcher bullet = BULLET.matcher(trimmed);
            if (trimmed.isEmpty() || heading.matches() || bullet.matches()) {
                flushParagraph(html, paragraph);
            }
            if (!bullet.matches()) {
                flushList(html, bullets);
            }
            if (heading.matches()) {
                // The page has its own h1; form headings sit below it.
                String tag = "h" + (heading.group(1).length() + 1);
                html.open(tag).raw(inline(heading.group(2))).close(tag).newline();
            } else if (bullet.matches()) {
                bullets.add(bullet.group(1));
            } else if (!trimmed.isEmpty()) {
                paragraph.add(trimmed);
            }
        }
        flushParagraph(html, paragraph);
        flushList(html, bullets);
        return html.toString();
    }

    private static void flushParagraph(HtmlWriter html, List<String> lines) {
        if (!lines.isEmpty()) {
            html.open("p").raw(inline(String.join(" ", lines))).close("p").newline();
            lines.clear();
        }
    }

    private static void flushList(HtmlWriter html, List<String> items) {
        if (!items.isEmpty()) {
            html.open("ul");
            items.forEach(item -> html.open("li").raw(inline(item)).close("li"));
            html.close("ul").newline();
            items.clear();
        }
    }

    private static String inline(String text) {
        return BOLD.matcher(Html.escape(text)).replaceAll("<strong>$1</strong>");
    }
}
