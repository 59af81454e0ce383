package nl.toegang.core.cases;

/**
 * Which letters carry a decision (a besluit in the sense of Awb 1:3) a resident can object to: those
 * whose letter task in the model has header {@code rechtsmiddel="bezwaar"}. The letter job records
 * the header with the letter; the PDF prints the objection box from it and the case page offers an
 * objection after it. A decision on an objection says {@code beroep}: the next step is the court.
 */
public final class DecisionLetters {

    public static final String REMEDY = "rechtsmiddel";
    public static final String OBJECTION = "bezwaar";

    private DecisionLetters() {}

    public static boolean isDecision(CaseEvent e) {
        return e.type() == CaseEvent.Type.LETTER && OBJECTION.equals(e.text(REMEDY));
    }
}
