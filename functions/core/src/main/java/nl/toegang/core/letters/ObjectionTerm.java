package nl.toegang.core.letters;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;
import nl.toegang.core.clock.TermCounting;

/**
 * The last day to object to (or appeal against) a decision: six weeks (Awb 6:7), starting the day
 * after the letter was sent (Awb 6:8), so a letter sent on Monday 1 June gives up to and including
 * Monday 13 July. It is a term set in law, so an end on a Saturday, Sunday or public holiday moves
 * to the next working day (Algemene termijnenwet art. 1); {@link TermCounting} counts it.
 */
@Singleton
public class ObjectionTerm {

    static final Period TERM = Period.ofWeeks(6);

    private final TermCounting counting;

    public ObjectionTerm(TermCounting counting) {
        this.counting = counting;
    }

    /** @param sent the day the letter was sent, in Dutch time */
    public LocalDate lastDay(LocalDate sent) {
        return counting.end(sent, TERM);
    }
}
