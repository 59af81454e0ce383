package nl.toegang.forms;

import static nl.toegang.forms.Fixtures.completeMelding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReadOnlyRendererTest {

    private final FormDefinition melding = Fixtures.wmoMelding();
    private final Map<String, Object> stored =
            FormValidator.validate(melding, completeMelding(), Language.NL, Map.of()).values();

    private static Map<String, String> rows(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element row : page.select("dl > div")) {
            rows.put(row.selectFirst("dt").text(), row.selectFirst("dd").text());
        }
        return rows;
    }

    @Test
    void showsLabelsWithReadableAnswers() {
        Map<String, String> rows = rows(Rendered.answers(FormRenderer.answers(melding, Language.NL, stored)));

        assertThat(rows)
                .containsEntry("Voornaam", "Johanna")
                .containsEntry("Voor wie vraagt u hulp?", "Voor mijzelf")
                .containsEntry("Is het dringend?", "Nee")
                .containsEntry("Geboortedatum", "12 maart 1948")
                .containsEntry("Waar heeft u hulp bij nodig?", "Het huishouden Vervoer")
                .containsEntry("Ik heb alles eerlijk en volledig ingevuld", "Ja")
                .containsEntry("Wie helpt u nu al?", "Niet ingevuld");
        assertThat(rows).doesNotContainKeys("Uw eigen naam", "Wat bent u van deze persoon?");
    }

    @Test
    void showsTheAnswersInEnglish() {
        Map<String, String> rows = rows(Rendered.answers(FormRenderer.answers(melding, Language.EN, stored)));

        assertThat(rows)
                .containsEntry("Who are you asking help for?", "For myself")
                .containsEntry("Date of birth", "12 March 1948")
                .containsEntry("What do you need help with?", "Housekeeping Transport")
                .containsEntry("Who helps you already?", "Not filled in");
    }

    @Test
    void showsTheRepresentativeWhenThereIsOne() {
        Map<String, Object> values = new HashMap<>(stored);
        values.put("namens", "iemand-anders");
        values.put("namensNaam", "Ingrid de Vries");
        values.put("namensRelatie", "kind");

        Map<String, String> rows = rows(Rendered.answers(FormRenderer.answers(melding, Language.NL, values)));

        assertThat(rows).containsEntry("Uw eigen naam", "Ingrid de Vries").containsEntry("Wat bent u van deze persoon?", "Zoon of dochter");
    }

    @Test
    void keepsLineBreaksAndEscapesTheAnswers() {
        Map<String, Object> values = new HashMap<>(stored);
        values.put("situatie", "Regel een\n<script>alert(1)</script>");

        Document page = Jsoup.parseBodyFragment(Rendered.answers(FormRenderer.answers(melding, Language.NL, values)));

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("dd br")).hasSize(1);
        assertThat(page.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void namesOptionsFromTheProcessWhenGivenTheContext() {
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form(
                "{\"type\": \"select\", \"key\": \"aanbieder\", \"label\": \"Aanbieder\", \"valuesKey\": \"aanbieders\"}"));
        Map<String, Object> context = Map.of("aanbieders", List.of(Map.of("label", "Zorggroep Oost", "value", "zorggroep-oost")));

        Map<String, String> rows = rows(Rendered.answers(FormRenderer.answers(form, Language.NL, Map.of("aanbieder", "zorggroep-oost"), context)));

        assertThat(rows).containsEntry("Aanbieder", "Zorggroep Oost");
    }
}
