package nl.toegang.core.households.plan;

import java.util.List;
import java.util.Set;

/**
 * One goal of the plan, in the family's words (AL-19).
 *
 * @param concerns the BSNs of the members it is about; empty when it is about the whole household
 * @param law the law of the case it belongs to ({@code wmo}, {@code schuldhulp} ...); null when none in particular
 */
public record PlanGoal(String goalId, String text, Set<String> concerns, String law, List<PlanAction> actions) {

    public PlanGoal {
        concerns = Set.copyOf(concerns);
        actions = List.copyOf(actions);
    }
}
