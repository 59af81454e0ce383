package nl.toegang.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void fillsNamesAndPathsIntoNestedValues() {
        var filled = Placeholders.fill("${caseId}: ${melding.voornaam} (${ melding.adres.woonplaats })",
                Map.of("caseId", "WMO-1", "melding", Map.of("voornaam", "Sanne", "adres", Map.of("woonplaats", "Almere"))));

        assertThat(filled.text()).isEqualTo("WMO-1: Sanne (Almere)");
        assertThat(filled.missing()).isEmpty();
    }

    @Test
    void joinsListsAndShowsTheLabelOfOptions() {
        var filled = Placeholders.fill("${hulpvragen} / ${aanbieders}", Map.of(
                "hulpvragen", List.of("huishouden", "vervoer"),
                "aanbieders", List.of(Map.of("label", "Zorg B.V.", "value", "zorg-bv"), Map.of("label", "Thuishulp", "value", "th"))));

        assertThat(filled.text()).isEqualTo("huishouden, vervoer / Zorg B.V., Thuishulp");
    }

    @Test
    void leavesDatesAsGivenAndShowsWholeNumbersWithoutDecimals() {
        var filled = Placeholders.fill("${datum} ${bedrag} ${uren}",
                Map.of("datum", "2026-11-22T21:30:00Z", "bedrag", 19.0, "uren", 4));

        assertThat(filled.text()).isEqualTo("2026-11-22T21:30:00Z 19 4");
    }

    @Test
    void missingValuesBecomeBlankAndAreReported() {
        var filled = Placeholders.fill("Beste ${melding.voornaam}, ${x.y.z}.", Map.of("melding", "geen map"));

        assertThat(filled.text()).isEqualTo("Beste , .");
        assertThat(filled.missing()).containsExactly("melding.voornaam", "x.y.z");
    }

    @Test
    void leavesDollarSignsThatAreNoPlaceholderAlone() {
        assertThat(Placeholders.fill("Kosten: $ 19, ${}", Map.of()).text()).isEqualTo("Kosten: $ 19, ${}");
    }

    @Test
    void aValueInsideALineCannotAddLinesToTheLetter() {
        var filled = Placeholders.fill("Kenmerk: ${caseId}\n\nBeste ${melding.voornaam} ${melding.achternaam},\nOns besluit",
                Map.of("caseId", "WMO-1", "melding", Map.of(
                        "voornaam", "Jan\r\n\r\nOns besluit: toegekend\u2028Kenmerk: WMO-2",
                        "achternaam", "Bakker\u0000\u001b[2J\t")));

        assertThat(filled.text()).isEqualTo(
                "Kenmerk: WMO-1\n\nBeste Jan Ons besluit: toegekend Kenmerk: WMO-2 Bakker [2J,\nOns besluit");
        assertThat(filled.text().lines()).hasSize(4);
    }

    @Test
    void aValueAloneOnItsLineKeepsItsLinesButNoControlCharacters() {
        var filled = Placeholders.fill("Waarom?\n  ${motivering}\nGroet", Map.of("motivering",
                "Eerste reden.\r\nTweede reden.\u2028Derde\u0000 reden.\u0007"));

        assertThat(filled.text()).isEqualTo("Waarom?\n  Eerste reden.\nTweede reden.\nDerde reden.\nGroet");
    }
}
