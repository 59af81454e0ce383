package nl.toegang.core.cases;

import java.util.Set;

/**
 * The letter templates that carry a decision (a besluit in the sense of Awb 1:3) a resident can
 * object to. The one place that says so: the case page offers an objection after such a letter.
 */
public final class DecisionLetters {

    /** workflows/letters/&lt;template&gt;.*.txt of every route's decision. */
    public static final Set<String> TEMPLATES = Set.of("beschikking", "jeugd-beschikking", "bijstand-beschikking",
            "bijzondere-bijstand-besluit", "minima-besluit", "schuldhulp-besluit");

    private DecisionLetters() {}

    public static boolean isDecision(CaseEvent e) {
        return e.type() == CaseEvent.Type.LETTER && TEMPLATES.contains(e.text("template"));
    }
}
