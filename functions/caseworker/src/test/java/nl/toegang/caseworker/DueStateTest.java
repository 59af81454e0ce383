package nl.toegang.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.Test;

/**
 * How the werkbak says when a task is due: whole days in Dutch time, with a warning in words from
 * the configured number of days before, so the colour is never the only sign.
 */
class DueStateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final int WARN_DAYS = 3;
    static final PageContext NL = new PageContext(Language.NL, null, "/werk", false, "");
    static final PageContext EN = new PageContext(Language.EN, null, "/werk", false, "");

    /** A due moment on the day this many days from today, at a time of day in Amsterdam. */
    static Instant dueIn(int days, int hour) {
        return TODAY.plusDays(days).atTime(LocalTime.of(hour, 0)).atZone(Dates.AMSTERDAM).toInstant();
    }

    @Test
    void theDaysLeftAreSaidInWordsAndCloseOnesCarryAWarning() {
        assertThat(DueState.words(NL, dueIn(10, 12), TODAY, WARN_DAYS)).isEqualTo("nog 10 dagen");
        assertThat(DueState.words(NL, dueIn(4, 12), TODAY, WARN_DAYS)).isEqualTo("nog 4 dagen");
        assertThat(DueState.words(NL, dueIn(3, 12), TODAY, WARN_DAYS)).isEqualTo("Let op: nog 3 dagen");
        assertThat(DueState.words(NL, dueIn(1, 12), TODAY, WARN_DAYS)).isEqualTo("Let op: nog 1 dag");
        assertThat(DueState.words(NL, dueIn(0, 23), TODAY, WARN_DAYS)).isEqualTo("Let op: vandaag");
        assertThat(DueState.words(NL, dueIn(0, 1), TODAY, WARN_DAYS)).as("earlier today is still today").isEqualTo("Let op: vandaag");
        assertThat(DueState.words(NL, dueIn(-1, 12), TODAY, WARN_DAYS)).isEqualTo("1 dag te laat");
        assertThat(DueState.words(NL, dueIn(-2, 12), TODAY, WARN_DAYS)).isEqualTo("2 dagen te laat");
        assertThat(DueState.words(NL, null, TODAY, WARN_DAYS)).isEqualTo("Geen uiterste datum");

        assertThat(DueState.words(EN, dueIn(3, 12), TODAY, WARN_DAYS)).isEqualTo("Note: 3 days left");
        assertThat(DueState.words(EN, dueIn(-2, 12), TODAY, WARN_DAYS)).isEqualTo("2 days overdue");
    }

    @Test
    void theStateFollowsTheConfiguredWarningDays() {
        assertThat(DueState.of(dueIn(4, 12), TODAY, WARN_DAYS)).isEqualTo(DueState.ON_TIME);
        assertThat(DueState.of(dueIn(3, 12), TODAY, WARN_DAYS)).isEqualTo(DueState.SOON);
        assertThat(DueState.of(dueIn(0, 12), TODAY, WARN_DAYS)).isEqualTo(DueState.SOON);
        assertThat(DueState.of(dueIn(-1, 12), TODAY, WARN_DAYS)).isEqualTo(DueState.LATE);
        assertThat(DueState.of(null, TODAY, WARN_DAYS)).isEqualTo(DueState.NONE);

        // A municipality that warns a week ahead.
        assertThat(DueState.of(dueIn(7, 12), TODAY, 7)).isEqualTo(DueState.SOON);
        assertThat(DueState.words(NL, dueIn(7, 12), TODAY, 7)).isEqualTo("Let op: nog 7 dagen");
    }
}
