package nl.toegang.core.letters;

import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/**
 * Text a case worker typed (a motivation, a report) is in Dutch whatever the letter's language. In
 * a letter in another language it is said so before it, in the letter's language, and the text is
 * tagged {@code lang="nl"} so a screen reader reads it as Dutch and the PDF marks its language.
 *
 * <p>The result is one line of the filled markdown: the note, a line break (a space when the
 * placeholder has other text on its line), then the text in a span. Its own characters are escaped,
 * so nothing typed becomes markup or a new block of the letter; its line breaks stay breaks.
 */
public final class DutchOnly {

    private DutchOnly() {}

    public static String mark(String typed, Language letter) {
        if (typed == null || typed.isBlank() || letter == null || letter.isFallback()) {
            return typed;
        }
        String note = Texts.of(letter).get("letter.dutchOnly");
        return "<em class=\"dutch-only\">" + escaped(note) + "</em>\n<span lang=\"nl\">" + escaped(typed.strip()) + "</span>";
    }

    /** HTML-escaped, markdown punctuation backslash-escaped, line breaks as {@code <br />}. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char ch = lines.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br />");
                case '\\', '`', '*', '_', '[', ']', '!', '~', '$', '{', '}', '#', '|' -> out.append('\\').append(ch);
                default -> {
                    if (!Character.isISOControl(ch) || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
