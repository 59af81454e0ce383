package nl.toegang.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import nl.toegang.core.clock.PublicHolidays;
import nl.toegang.core.clock.TermCounting;
import org.junit.jupiter.api.Test;

/** The objection's days: six weeks to object (Awb 6:7, 6:8), 6 or 12 weeks to decide (7:10), moved by the Atw. */
class ObjectionTermsTest {

    final ObjectionTerms terms = new ObjectionTerms(new TermCounting(new PublicHolidays(List.of())));

    static Instant at(String day, int hour) {
        return ZonedDateTime.of(LocalDate.parse(day), LocalTime.of(hour, 0), TermCounting.DUTCH_TIME).toInstant();
    }

    @Test
    void sixWeeksFromTheDayAfterTheLetterUpToAndIncludingTheSameWeekday() {
        // A letter sent on Monday 1 June 2026 can be objected to up to and including Monday 13 July.
        assertThat(terms.lastDayToObject(at("2026-06-01", 16))).isEqualTo(LocalDate.parse("2026-07-13"));
        assertThat(terms.late(at("2026-06-01", 16), at("2026-07-13", 23))).isFalse();
        assertThat(terms.late(at("2026-06-01", 16), at("2026-07-14", 0))).isTrue();
    }

    @Test
    void aTermEndingOnChristmasRunsOnToTheNextWorkingDay() {
        // Friday 13 November 2026 + 6 weeks = Friday 25 December; 26 December is a holiday too, then the weekend.
        assertThat(terms.lastDayToObject(at("2026-11-13", 10))).isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void theDecisionTermCountsFromTheDayAfterTheObjectionTermEnded() {
        var days = terms.decisionDays(at("2026-06-01", 16), at("2026-06-10", 9));
        assertThat(days).containsEntry("bezwaarTermijnEinde", "2026-07-13")
                .containsEntry("beslisDatum", "2026-08-24")
                .containsEntry("beslisDatumCommissie", "2026-10-05")
                .containsEntry("beslisDatumVerdaagd", "2026-10-05")
                .containsEntry("beslisDatumCommissieVerdaagd", "2026-11-16")
                .containsEntry("besluitVerzonden", "2026-06-01");
    }

    @Test
    void aLateObjectionsDecisionTermCountsFromTheDayItArrived() {
        var days = terms.decisionDays(at("2026-06-01", 16), at("2026-08-03", 9));
        assertThat(days).containsEntry("bezwaarTermijnEinde", "2026-07-13").containsEntry("beslisDatum", "2026-09-14");
    }

    @Test
    void onlyDecisionLettersCanBeObjectedTo() {
        var decision = CaseEvent.of("WMO-AAAAA-BBBBB", CaseEvent.Type.LETTER, CaseEvent.SYSTEM, null, true,
                java.util.Map.of("template", "jeugd-beschikking", "rechtsmiddel", "bezwaar"));
        var report = CaseEvent.of("WMO-AAAAA-BBBBB", CaseEvent.Type.LETTER, CaseEvent.SYSTEM, null, true,
                java.util.Map.of("template", "verslag"));
        var outcome = CaseEvent.of("BZW-AAAAA-BBBBB", CaseEvent.Type.LETTER, CaseEvent.SYSTEM, null, true,
                java.util.Map.of("template", "bezwaar-ongegrond", "rechtsmiddel", "beroep"));
        assertThat(DecisionLetters.isDecision(decision)).isTrue();
        assertThat(DecisionLetters.isDecision(report)).isFalse();
        assertThat(DecisionLetters.isDecision(outcome)).isFalse();
    }
}
