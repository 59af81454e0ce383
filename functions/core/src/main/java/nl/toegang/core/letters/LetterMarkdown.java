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

    // On paper the letter has one h1, its title; a heading of the same level in the text becomes a section.
    private static final PolicyFactory ON_PAPER = policy("h2", "h2", "h3", "h4");
    // On a page the letter's subject is an h3 under the page's "Brieven": its sections are h4.
    private static final PolicyFactory ON_A_PAGE = policy("h4", "h4", "h5", "h6");

    private LetterMarkdown() {}

    /** @param title the first line without its {@code #}; {@code body} everything after it */
    public record Rendered(String title, LetterBody body) {}

    private static PolicyFactory policy(String h1, String h2, String h3, String h4) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "ul", "ol", "li", "em", "strong", "br", "blockquote", "span", "div")
                .allowElements((name, attributes) -> h1, "h1")
                .allowElements((name, attributes) -> h2, "h2")
                .allowElements((name, attributes) -> h3, "h3")
                .allowElements((name, attributes) -> h4, "h4", "h5", "h6")
                .allowAttributes("lang").matching(LANGUAGE).onElements("span", "div", "p")
                .allowAttributes("class").matching(Pattern.compile("dutch-only")).onElements("span", "div", "p", "em")
                .toFactory();
    }

    /** For the PDF. */
    public static Rendered render(String filled) {
        return render(filled, ON_PAPER);
    }

    /** For the resident's case page and the dossier, where the letter sits under an h3. */
    public static Rendered forPage(String filled) {
        return render(filled, ON_A_PAGE);
    }

    private static Rendered render(String filled, PolicyFactory policy) {
        String text = filled == null ? "" : filled.replace("\r\n", "\n").strip();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end + 1);
        String title = first.replaceFirst("^#\\s+", "").replaceFirst("\\s+#+\\s*$", "").strip();
        return new Rendered(title, LetterBody.ofSanitized(sanitised(rest, policy)));
    }

    static String sanitised(String markdown) {
        return sanitised(markdown, ON_PAPER);
    }

    private static String sanitised(String markdown, PolicyFactory policy) {
        return policy.sanitize(HTML.render(PARSER.parse(markdown)));
    }
}
