package nl.toegang.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermCountingTest {

    private final TermCounting counting = new TermCounting(PublicHolidays.withUsualEquatedDays(2024, 2028));

    @Test
    void theHolidaysOfTheAlgemeneTermijnenwetFallOnTheirDays() {
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.ofYear(2026)).containsEntry(LocalDate.of(2026, 4, 3), PublicHolidays.Holiday.GOOD_FRIDAY)
                .containsEntry(LocalDate.of(2026, 5, 14), PublicHolidays.Holiday.ASCENSION_DAY)
                .containsEntry(LocalDate.of(2026, 5, 25), PublicHolidays.Holiday.WHIT_MONDAY)
                .containsEntry(LocalDate.of(2026, 4, 27), PublicHolidays.Holiday.KINGS_DAY);
        // 27 April 2025 was a Sunday: King's Day moved to Saturday the 26th.
        assertThat(PublicHolidays.ofYear(2025)).containsEntry(LocalDate.of(2025, 4, 26), PublicHolidays.Holiday.KINGS_DAY);
        assertThat(counting.holidays().holiday(LocalDate.of(2026, 5, 15))).isEqualTo(PublicHolidays.Holiday.EQUATED_DAY);
        assertThat(counting.isRestDay(LocalDate.of(2026, 5, 13))).isFalse();
    }

    @Test
    void aTermOfWeeksEndsOnTheSameWeekdayCountedFromTheDayAfter() {
        // A letter sent on Monday 1 June 2026: six weeks up to and including Monday 13 July.
        assertThat(counting.end(LocalDate.of(2026, 6, 1), Period.ofWeeks(6))).isEqualTo(LocalDate.of(2026, 7, 13));
    }

    @Test
    void anEndOnASaturdayMovesToMonday() {
        assertThat(counting.end(LocalDate.of(2026, 10, 31), Period.ofWeeks(2))).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void anEndOnChristmasMovesPastTheWeekendAfterIt() {
        // Received Friday 11 December 2026: two weeks end on Christmas Day, then Boxing Day (a Saturday), a Sunday.
        assertThat(counting.end(LocalDate.of(2026, 12, 11), Period.ofWeeks(2))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aTermOfThreeDaysHoldsTwoWorkingDays() {
        // Atw art. 2: from Thursday 24 December 2026, three days end on Sunday; Monday is one working day only.
        assertThat(counting.end(LocalDate.of(2026, 12, 24), Period.ofDays(3))).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // Wednesday 13 May 2026 + 3 working days: Ascension Thursday and the equated Friday do not count.
        assertThat(counting.workingDaysAfter(LocalDate.of(2026, 5, 13), 3)).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void anAnsweredRequestForInformationMovesTheDeadlineByTheDaysInBetween() {
        CaseClock clock = CaseClock.start(LocalDate.of(2026, 11, 2), Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015");
        assertThat(clock.deadline(counting, LocalDate.of(2026, 11, 3))).isEqualTo(LocalDate.of(2026, 11, 16));

        CaseClock asked = clock.suspended(new CaseClock.Suspension("V1", LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 11, 18), null, "medische gegevens"));
        assertThat(asked.standsStill(LocalDate.of(2026, 11, 6))).isTrue();
        // Answered on Monday 9 November: the clock stood still from Thursday 5 up to Monday 9, four days.
        CaseClock answered = asked.answered("V1", LocalDate.of(2026, 11, 9));
        assertThat(answered.suspendedDays(LocalDate.of(2026, 11, 30))).isEqualTo(4);
        assertThat(answered.deadline(counting, LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(answered.standsStill(LocalDate.of(2026, 11, 10))).isFalse();
    }

    @Test
    void anUnansweredRequestStopsTheClockUntilItsTermPasses() {
        CaseClock clock = CaseClock.start(LocalDate.of(2026, 11, 2), Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015")
                .suspended(new CaseClock.Suspension("V1", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 18), null, "x"));
        // From 5 up to 19 November: fourteen days, so 16 November becomes 30 November (a Monday).
        assertThat(clock.deadline(counting, LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(clock.standsStill(LocalDate.of(2026, 11, 19))).isFalse();
    }

    @Test
    void aTermIsExtendedOnceAndLaterSuspensionsStillMoveIt() {
        CaseClock clock = CaseClock.start(LocalDate.of(2026, 11, 2), Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015")
                .extended(new CaseClock.Extension(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 30), "advies"));
        assertThat(clock.deadline(counting, LocalDate.of(2026, 11, 11))).isEqualTo(LocalDate.of(2026, 11, 30));
        CaseClock later = clock.suspended(new CaseClock.Suspension("V2", LocalDate.of(2026, 11, 12),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 16), "x"));
        assertThat(later.deadline(counting, LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThatThrownBy(() -> clock.extended(new CaseClock.Extension(LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 30), "nog eens"))).isInstanceOf(IllegalStateException.class);
        assertThat(clock.suspensions()).isEqualTo(List.of());
    }

    @Test
    void thePenaltyStartsTwoWeeksAfterTheNoticeAndStopsAtItsMaximum() {
        PenaltyForLateDecision penalty = new PenaltyForLateDecision(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18));
        assertThat(penalty.firstDay()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(penalty.days(LocalDate.of(2026, 12, 1), null)).isZero();
        assertThat(penalty.days(LocalDate.of(2026, 12, 2), null)).isEqualTo(1);
        assertThat(penalty.days(LocalDate.of(2027, 3, 1), null)).isEqualTo(42);
        assertThat(penalty.days(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 12, 12))).isEqualTo(10);
        assertThat(PenaltyForLateDecision.euros(14)).isEqualTo(14 * 23);
        assertThat(PenaltyForLateDecision.euros(15)).isEqualTo(14 * 23 + 35);
        assertThat(PenaltyForLateDecision.euros(42)).isEqualTo(14 * 23 + 14 * 35 + 14 * 45).isEqualTo(1442);
        assertThat(PenaltyForLateDecision.euros(60)).isEqualTo(1442);
        assertThat(penalty.lastDay()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThatThrownBy(() -> new PenaltyForLateDecision(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
