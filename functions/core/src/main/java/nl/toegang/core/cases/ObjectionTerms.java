package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.toegang.core.clock.TermCounting;

/**
 * The terms of an objection, counted the way the Awb counts them (through {@link TermCounting}).
 *
 * <ul>
 *   <li>Awb 6:7 and 6:8(1): six weeks to object, from the day after the decision was sent.</li>
 *   <li>Awb 7:10(1): the decision on the objection within six weeks, or twelve weeks when an
 *       advisory committee (Awb 7:13) advises, counted from the day after the objection term ended.
 *       For a late objection the law gives no start; we count from the day it arrived, so the
 *       handler always has the full term.</li>
 *   <li>Awb 7:10(3): the decision may be postponed once by at most six weeks.</li>
 *   <li>Algemene termijnenwet: an end on a Saturday, Sunday or public holiday moves to the next working day.</li>
 * </ul>
 */
@Singleton
public class ObjectionTerms {

    public static final Period OBJECTION_TERM = Period.ofWeeks(6);
    public static final Period DECISION_TERM = Period.ofWeeks(6);
    public static final Period DECISION_TERM_WITH_COMMITTEE = Period.ofWeeks(12);
    public static final Period POSTPONEMENT = Period.ofWeeks(6);

    private final TermCounting counting;

    public ObjectionTerms(TermCounting counting) {
        this.counting = counting;
    }

    /** The last day on which an objection to a decision sent at that moment is in time. */
    public LocalDate lastDayToObject(Instant decisionSent) {
        return counting.end(TermCounting.dayOf(decisionSent), OBJECTION_TERM);
    }

    public boolean late(Instant decisionSent, Instant objectionReceived) {
        return TermCounting.dayOf(objectionReceived).isAfter(lastDayToObject(decisionSent));
    }

    /**
     * The days the process needs, as ISO dates (a letter writes them out): the decision term
     * without and with a committee, and each after the one postponement.
     */
    public Map<String, Object> decisionDays(Instant decisionSent, Instant objectionReceived) {
        LocalDate termEnded = lastDayToObject(decisionSent);
        LocalDate received = TermCounting.dayOf(objectionReceived);
        LocalDate from = received.isAfter(termEnded) ? received : termEnded;
        LocalDate plain = counting.end(from, DECISION_TERM);
        LocalDate committee = counting.end(from, DECISION_TERM_WITH_COMMITTEE);
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("besluitVerzonden", TermCounting.dayOf(decisionSent).toString());
        days.put("bezwaarTermijnEinde", termEnded.toString());
        days.put("beslisDatum", plain.toString());
        days.put("beslisDatumCommissie", committee.toString());
        days.put("beslisDatumVerdaagd", counting.end(plain, POSTPONEMENT).toString());
        days.put("beslisDatumCommissieVerdaagd", counting.end(committee, POSTPONEMENT).toString());
        return days;
    }
}
