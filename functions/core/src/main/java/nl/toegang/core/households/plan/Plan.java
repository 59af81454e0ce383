package nl.toegang.core.households.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The household's one plan (gezinsplan, AL-18): a few concrete goals, for each the actions of
 * everyone involved with a date, and the date the plan is evaluated. It spans the laws of the
 * household's cases: each goal may name the law it belongs to.
 *
 * @param reviewDate the evaluation date; null while none is agreed
 * @param version raised by every change, so two workers editing at once cannot overwrite each other (0 = not stored yet)
 */
public record Plan(String householdId, List<PlanGoal> goals, LocalDate reviewDate, Instant changedAt,
        String changedByName, long version) {

    public Plan {
        goals = List.copyOf(goals);
    }

    public static Plan empty(String householdId) {
        return new Plan(householdId, List.of(), null, null, null, 0);
    }

    public Optional<PlanGoal> goal(String goalId) {
        return goals.stream().filter(g -> g.goalId().equals(goalId)).findFirst();
    }
}
