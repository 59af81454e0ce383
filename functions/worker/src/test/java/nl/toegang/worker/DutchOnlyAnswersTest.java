package nl.toegang.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toegang.core.letters.LetterMarkdown;
import nl.toegang.forms.FormComponent;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.Test;

/** What a case worker typed reaches an English letter marked as Dutch; what they chose is in English already. */
class DutchOnlyAnswersTest {

    private static final CaseAnswerWords.Fields FIELDS = new CaseAnswerWords.Fields(FormDefinition.parse("""
            {"id": "besluit", "type": "default", "schemaVersion": 16, "components": [
              {"type": "textarea", "key": "motivering", "label": "Motivering"},
              {"type": "radio", "key": "besluit", "label": "Besluit", "values": [
                {"label": "Toekennen", "value": "toekennen", "label_en": "Grant"}]}]}
            """).fields().stream().collect(Collectors.toMap(FormComponent::key, f -> f)));

    private static final String TEMPLATE = "# Decision\n\n## Why did we decide this?\n\n${motivering}\n\nThe decision: ${besluit}.\n";

    @Test
    void typedTextInAnEnglishLetterIsSaidToBeDutchAndTaggedAsDutch() {
        Map<String, Object> values = new HashMap<>(Map.of("motivering", "Uw netwerk helpt niet.\nDe *mantelzorger* werkt.",
                "besluit", "Grant"));

        DutchOnlyAnswers.mark(values, FIELDS, Language.EN);
        String filled = Placeholders.fill(TEMPLATE, values).text();
        String html = LetterMarkdown.render(filled).body().html();

        assertThat(html).contains("<em class=\"dutch-only\">This part is only in Dutch:</em><br />"
                + "<span lang=\"nl\">Uw netwerk helpt niet.<br />De *mantelzorger* werkt.</span>")
                .contains("The decision: Grant.").doesNotContain("<em>mantelzorger</em>");
    }

    @Test
    void theDutchLetterShowsTheTextAsTyped() {
        Map<String, Object> values = new HashMap<>(Map.of("motivering", "Uw netwerk helpt niet.", "besluit", "Toekennen"));

        DutchOnlyAnswers.mark(values, FIELDS, Language.NL);

        assertThat(values).containsEntry("motivering", "Uw netwerk helpt niet.");
    }

    @Test
    void typedTextBesideOtherWordsOnItsLineStaysOnThatLine() {
        Map<String, Object> values = new HashMap<>(Map.of("motivering", "Te laat.\nSorry."));

        DutchOnlyAnswers.mark(values, FIELDS, Language.EN);
        String filled = Placeholders.fill("# Letter\n\nThe reason: ${motivering}\n", values).text();

        assertThat(filled.lines().filter(l -> l.startsWith("The reason:")).findFirst().orElseThrow())
                .contains("This part is only in Dutch:", "<span lang=\"nl\">Te laat.<br />Sorry.</span>");
    }
}
