package nl.toegang.pages.letters;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * The text of a letter as HTML that has been through the sanitizer (nl.toegang.core.letters.LetterMarkdown
 * is the only place that makes one). The template writes it as it is; anything else a template shows is escaped.
 */
public final class LetterBody implements Content {

    private final String html;

    private LetterBody(String html) {
        this.html = html;
    }

    /** @param sanitizedHtml HTML the letter policy has already cleaned */
    public static LetterBody ofSanitized(String sanitizedHtml) {
        return new LetterBody(sanitizedHtml);
    }

    public String html() {
        return html;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }
}
