package nl.toegang.core.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;

/**
 * How the law counts a term, in whole days in Dutch time.
 *
 * <ul>
 *   <li>A term starts on the day after the event (Awb 6:8 for objections; the decision terms count
 *       "na ontvangst" the same way) and a term of weeks or months ends on the matching day: a
 *       letter sent on Monday 1 June gives six weeks up to and including Monday 13 July.</li>
 *   <li>Algemene termijnenwet art. 1: a term set in law that ends on a Saturday, Sunday or public
 *       holiday runs on to the next day that is none of those. Art. 1(2): not for a term counted
 *       back from a moment.</li>
 *   <li>Atw art. 2: a term of at least three days is extended so that it holds at least two days
 *       that are not a Saturday, Sunday or public holiday.</li>
 * </ul>
 */
public final class TermCounting {

    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final PublicHolidays holidays;

    public TermCounting(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    public PublicHolidays holidays() {
        return holidays;
    }

    /** The last day of a term set in law that starts the day after {@code event}, with the Atw applied. */
    public LocalDate end(LocalDate event, Period term) {
        return moveOffRestDay(event, event.plus(term));
    }

    /** The last day of a term that is not moved by the Atw (a term counted back, or a calendar term). */
    public static LocalDate endWithoutAtw(LocalDate event, Period term) {
        return event.plus(term);
    }

    /**
     * An end that a suspension or an extension produced, moved by the Atw like the term it belongs
     * to; {@code termStart} is the event the term counts from (for art. 2's two working days).
     */
    public LocalDate moveOffRestDay(LocalDate event, LocalDate end) {
        LocalDate day = end;
        while (isRestDay(day)) {
            day = day.plusDays(1);
        }
        if (!end.isBefore(event.plusDays(3))) {
            while (workingDaysBetween(event, day) < 2) {
                day = day.plusDays(1);
            }
            while (isRestDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    public boolean isRestDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || holidays.isHoliday(day);
    }

    /** Working days after {@code event} up to and including {@code end}. */
    public int workingDaysBetween(LocalDate event, LocalDate end) {
        int count = 0;
        for (LocalDate day = event.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (!isRestDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code days} working days after {@code event} (e.g. "binnen drie werkdagen", Wgs art. 4(3)). */
    public LocalDate workingDaysAfter(LocalDate event, int days) {
        LocalDate day = event;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!isRestDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The day of a moment in Dutch time. */
    public static LocalDate dayOf(Instant at) {
        return at.atZone(DUTCH_TIME).toLocalDate();
    }

    /** The last moment of a day in Dutch time: a term "up to and including" that day ends then. */
    public static Instant endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.MAX, DUTCH_TIME).toInstant();
    }
}
