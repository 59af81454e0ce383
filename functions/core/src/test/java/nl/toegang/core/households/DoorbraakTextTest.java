package nl.toegang.core.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a doorbraak that are plain text rules: amounts as people type them, and names taken out for the council. */
class DoorbraakTextTest {

    @Test
    void amountsAreReadAsADutchOrEnglishReaderTypesThem() {
        assertThat(Doorbraken.cents("1.250,50")).isEqualTo(125050L);
        assertThat(Doorbraken.cents("1250,5")).isEqualTo(125050L);
        assertThat(Doorbraken.cents("1250.50")).isEqualTo(125050L);
        assertThat(Doorbraken.cents("€ 300")).isEqualTo(30000L);
        assertThat(Doorbraken.cents("12,345")).as("three decimals is no amount in cents").isNull();
        assertThat(Doorbraken.cents("twaalf euro")).isNull();
        assertThat(Doorbraken.euros(125050)).contains("1.250,50");
    }

    @Test
    void namesNumbersAndCaseIdsAreTakenOutButTheReasonStays() {
        String text = "Mirjam Hoekstra (BSN 999992004) kan de trap niet op; haar zaak WMO-7K3MQ-9XD2F. Sanne de Vries vindt een traplift goed.";

        String out = DoorbraakFigures.anonymous(text, List.of("Mirjam Hoekstra", "Sanne de Vries"));

        assertThat(out).doesNotContain("Mirjam", "Hoekstra", "999992004", "WMO-7K3MQ-9XD2F", "Sanne", "Vries")
                .contains("kan de trap niet op", "vindt een traplift goed", DoorbraakFigures.NAME, DoorbraakFigures.NUMBER)
                .contains(" de ");
    }
}
