package nl.toegang.core.clock;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision term of one case as the law counts it: the term from the DMN from the day the
 * request was received, moved by suspensions (Awb 4:15) and at most one extension (Awb 4:14), the
 * end kept off weekends and public holidays (Algemene termijnenwet). Pure: no storage, no clock.
 *
 * @param received the day the request was received; the term counts from the day after
 * @param term the term for this law and step, e.g. P2W for a Wmo request (Wmo 2015 art. 2.3.5(1))
 * @param source where the term comes from, e.g. "art. 2.3.5 lid 1 Wmo 2015"
 * @param suspensions information requests that stopped the clock, in any order
 * @param extension the one extension, or null
 */
public record CaseClock(LocalDate received, Period term, String source, List<Suspension> suspensions,
        Extension extension) {

    public CaseClock {
        suspensions = List.copyOf(suspensions);
    }

    public static CaseClock start(LocalDate received, Period term, String source) {
        return new CaseClock(received, term, source, List.of(), null);
    }

    /**
     * The clock stops from the day after {@code requestedOn} until the day the answer arrives, or until
     * the answer term has passed unused (Awb 4:15(1)(a)).
     *
     * @param requestedOn the day the request for information was sent
     * @param answerBy the last day of the term the resident was given to answer
     * @param answeredOn the day the answer arrived; null while it is awaited
     */
    public record Suspension(String id, LocalDate requestedOn, LocalDate answerBy, LocalDate answeredOn, String reason) {

        /** The days the clock stood still, as far as they are known {@code today}. */
        public long days(LocalDate today) {
            LocalDate from = requestedOn.plusDays(1);
            LocalDate until = answeredOn != null ? answeredOn : min(today, answerBy.plusDays(1));
            if (answeredOn != null && answeredOn.isAfter(answerBy.plusDays(1))) {
                // A late answer does not stop the clock longer than the term given (4:15(1)(a)).
                until = answerBy.plusDays(1);
            }
            return Math.max(0, ChronoUnit.DAYS.between(from, until));
        }

        /** Whether the clock still stands still {@code today} because of this request. */
        public boolean running(LocalDate today) {
            return answeredOn == null && !today.isAfter(answerBy);
        }

        public Suspension answered(LocalDate on) {
            return new Suspension(id, requestedOn, answerBy, on, reason);
        }
    }

    /** @param until the new last day the case worker chose; the term ends then, plus later suspensions */
    public record Extension(LocalDate decidedOn, LocalDate until, String reason) {}

    public CaseClock suspended(Suspension suspension) {
        List<Suspension> all = new ArrayList<>(suspensions);
        all.add(suspension);
        return new CaseClock(received, term, source, all, extension);
    }

    public CaseClock answered(String suspensionId, LocalDate on) {
        List<Suspension> all = suspensions.stream()
                .map(s -> s.id().equals(suspensionId) && s.answeredOn() == null ? s.answered(on) : s)
                .toList();
        return new CaseClock(received, term, source, all, extension);
    }

    /** @throws IllegalStateException when the term was extended before: Awb 4:14(3) allows it once */
    public CaseClock extended(Extension extension) {
        if (this.extension != null) {
            throw new IllegalStateException("The term of this case was already extended on " + this.extension.decidedOn());
        }
        return new CaseClock(received, term, source, suspensions, extension);
    }

    public boolean extendedBefore() {
        return extension != null;
    }

    /**
     * The last day of the decision term as known {@code today}: the extension's date or the term's end,
     * plus every day a suspension stopped the clock (a suspension still running counts the days so
     * far), kept off a rest day by the Atw.
     */
    public LocalDate deadline(TermCounting counting, LocalDate today) {
        // The case worker chose the extension's date seeing the suspensions so far; only later ones move it.
        LocalDate end = extension != null ? extension.until() : TermCounting.endWithoutAtw(received, term);
        for (Suspension s : suspensions) {
            if (extension == null || s.requestedOn().isAfter(extension.decidedOn())) {
                end = end.plusDays(s.days(today));
            }
        }
        return counting.moveOffRestDay(received, end);
    }

    /**
     * The last day of the term if every open request goes unanswered: the deadline the process watches
     * while the clock stands still. An answer that comes sooner brings the deadline forward again.
     */
    public LocalDate expectedDeadline(TermCounting counting, LocalDate today) {
        LocalDate lastStill = standsStillUntil(today);
        return deadline(counting, lastStill == null ? today : max(today, lastStill.plusDays(1)));
    }

    /** The last day of the longest open request's answer term, or null when the clock runs {@code today}. */
    public LocalDate standsStillUntil(LocalDate today) {
        return suspensions.stream().filter(s -> s.running(today)).map(Suspension::answerBy)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** Every day the clock stood still, as far as known {@code today}. */
    public long suspendedDays(LocalDate today) {
        return suspensions.stream().mapToLong(s -> s.days(today)).sum();
    }

    /** Whether an information request is unanswered and within its term {@code today}. */
    public boolean standsStill(LocalDate today) {
        return suspensions.stream().anyMatch(s -> s.running(today));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
