package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LetterTextTest {

    private static final String LETTER = """
            # Besluit over uw aanvraag

            Beste Jan <script>alert(1)</script>,

            ## Ons besluit

            U krijgt hulp.
            Dat is **goed** nieuws.

            ## Om welke hulp gaat het?

            - Soort hulp: Huishoudelijke hulp
            - Vanaf: 1 januari 2027

            Met vriendelijke groet,
            """;

    @Test
    void theSubjectIsTheFirstLineWithoutItsHeadingMarks() {
        assertThat(LetterText.subject(LETTER)).isEqualTo("Besluit over uw aanvraag");
        assertThat(LetterText.subject("Zonder kop")).isEqualTo("Zonder kop");
    }

    @Test
    void theBodyReadsAsHeadingsParagraphsAndListsWithoutMarkdownSigns() {
        Document page = Rendered.letter(LetterText.body(LETTER));

        assertThat(page.select("h4").eachText()).containsExactly("Ons besluit", "Om welke hulp gaat het?");
        assertThat(page.select("li").eachText()).containsExactly("Soort hulp: Huishoudelijke hulp", "Vanaf: 1 januari 2027");
        assertThat(page.select("p").eachText()).contains("U krijgt hulp. Dat is goed nieuws.", "Met vriendelijke groet,");
        assertThat(page.select("strong").text()).isEqualTo("goed");
        assertThat(page.text()).doesNotContain("#", "- Soort", "**", "Besluit over uw aanvraag");
        // A name typed by a resident stays text.
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("p").first().text()).isEqualTo("Beste Jan <script>alert(1)</script>,");
    }
}
