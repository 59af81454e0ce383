package nl.toegang.core.letters;

import java.time.LocalDate;
import java.time.Period;

/**
 * The last day to object to (or appeal against) a decision: six weeks (Awb 6:7), starting the day
 * after the letter was sent (Awb 6:8), so a letter sent on Monday 1 June gives up to and including
 * Monday 13 July; an end on a Saturday, Sunday or public holiday moves to the next working day
 * (Algemene termijnenwet art. 1).
 */
final class ObjectionTerm {

    static final Period TERM = Period.ofWeeks(6);

    private ObjectionTerm() {}

    static LocalDate lastDay(LocalDate sent) {
        // TODO(h3): count through nl.toegang.core.clock.TermCounting once it is on main.
        return sent.plus(TERM);
    }
}
