package nl.toegang.core.letters;

import java.util.regex.Pattern;
import nl.toegang.pages.letters.LetterBody;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The filled text of a letter (CommonMark: the first line {@code # Title}, sections {@code ## ...},
 * lists {@code - }) as its title and sanitised HTML. A letter written before the markdown format
 * (plain text, first line the title) reads the same way: its lines stay lines.
 *
 * <p>The HTML goes through the OWASP sanitizer whatever the text holds: administrators write the
 * templates and residents and case workers the values in them, so only the elements a letter needs
 * survive, and only {@code lang} on a span or block (text a case worker typed in Dutch, see
 * {@code DutchOnlyAnswers} in the worker).
 */
public final class LetterMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    // A line break in the text is one in the letter: addresses, "Soort hulp: ..." lines.
    private static final HtmlRenderer HTML = HtmlRenderer.builder().softbreak("<br />").build();
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "em", "strong", "br", "blockquote", "span", "div")
            // The letter has one h1, its title; a heading of the same level in the text becomes a section.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowAttributes("lang").matching(LANGUAGE).onElements("span", "div", "p")
            .allowAttributes("class").matching(Pattern.compile("dutch-only")).onElements("span", "div", "p", "em")
            .toFactory();

    private LetterMarkdown() {}

    /** @param title the first line without its {@code #}; {@code body} everything after it */
    public record Rendered(String title, LetterBody body) {}

    public static Rendered render(String filled) {
        String text = filled == null ? "" : filled.replace("\r\n", "\n").strip();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end + 1);
        String title = first.replaceFirst("^#\\s+", "").replaceFirst("\\s+#+\\s*$", "").strip();
        return new Rendered(title, LetterBody.ofSanitized(sanitised(rest)));
    }

    static String sanitised(String markdown) {
        return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
    }
}
