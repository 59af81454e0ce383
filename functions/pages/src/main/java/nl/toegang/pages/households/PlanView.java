package nl.toegang.pages.households;

import java.util.List;

/**
 * The plan as a page shows it; every field already in the reader's words (no codes, no ISO dates).
 *
 * @param reviewDate the evaluation date in words; "" when none is set
 */
public record PlanView(List<Goal> goals, String reviewDate, List<Reaction> reactions) {

    /** @param concerns whom it is about, in words ("Mirjam Hoekstra", "het hele huishouden") */
    public record Goal(String goalId, String text, String concerns, String law, List<Action> actions) {}

    /** @param fromMdo "" unless the action came from an MDO agreement */
    public record Action(String what, String who, String due, String fromMdo) {}

    public record Reaction(String text, String byName, String at) {}
}
