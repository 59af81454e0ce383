package nl.toegang.core.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dwangsom bij niet tijdig beslissen (Awb 4:17): after the decision term has passed and the
 * municipality has received a written notice of default (ingebrekestelling), the penalty starts on
 * the day two weeks have passed after that notice (4:17(3)); it is € 23 a day for the first fourteen
 * days, € 35 for the next fourteen and € 45 after that (4:17(2)), for at most 42 days (4:17(1)):
 * at most € 1,442.
 *
 * @param noticeReceived the day the notice of default was received; it only counts after the deadline
 */
public record PenaltyForLateDecision(LocalDate deadline, LocalDate noticeReceived) {

    static final int MAX_DAYS = 42;

    public PenaltyForLateDecision {
        if (!noticeReceived.isAfter(deadline)) {
            throw new IllegalArgumentException("A notice of default counts only after the deadline " + deadline);
        }
    }

    /** The first day the penalty is owed. */
    public LocalDate firstDay() {
        return noticeReceived.plusWeeks(2);
    }

    /** Days of penalty owed up to and including {@code day}, or up to the day before the decision was sent. */
    public int days(LocalDate day, LocalDate decidedOn) {
        LocalDate last = decidedOn == null ? day : min(day, decidedOn.minusDays(1));
        long days = ChronoUnit.DAYS.between(firstDay(), last) + 1;
        return (int) Math.max(0, Math.min(MAX_DAYS, days));
    }

    /** The amount owed in whole euros after {@code days} days of penalty. */
    public static int euros(int days) {
        int owed = 0;
        for (int d = 1; d <= Math.min(days, MAX_DAYS); d++) {
            owed += d <= 14 ? 23 : d <= 28 ? 35 : 45;
        }
        return owed;
    }

    /** The day the maximum is reached when no decision comes. */
    public LocalDate lastDay() {
        return firstDay().plusDays(MAX_DAYS - 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
