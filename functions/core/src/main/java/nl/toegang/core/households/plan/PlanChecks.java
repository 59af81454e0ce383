package nl.toegang.core.households.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.core.households.Household;
import nl.toegang.core.web.Texts;

/** What is wrong with a plan a worker sends, per field ({@code goals[0].actions[1].due}), in the reader's language. */
final class PlanChecks {

    private PlanChecks() {}

    static Map<String, String> problems(Household h, List<PlanGoal> goals, Texts t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (goals.size() > PlanService.MAX_GOALS) {
            errors.put("goals", t.get("plan.check.tooManyGoals", PlanService.MAX_GOALS));
        }
        for (int i = 0; i < goals.size(); i++) {
            PlanGoal g = goals.get(i);
            String at = "goals[" + i + "]";
            text(errors, at + ".text", g.text(), t);
            g.concerns().stream().filter(bsn -> !h.hasMember(bsn)).findFirst()
                    .ifPresent(bsn -> errors.put(at + ".concerns", t.get("plan.check.notAMember")));
            if (g.law() != null && !PlanService.LAWS.contains(g.law())) {
                errors.put(at + ".law", t.get("plan.check.unknownLaw"));
            }
            if (g.actions().size() > PlanService.MAX_ACTIONS) {
                errors.put(at + ".actions", t.get("plan.check.tooManyActions", PlanService.MAX_ACTIONS));
            }
            for (int j = 0; j < g.actions().size(); j++) {
                PlanAction a = g.actions().get(j);
                String act = at + ".actions[" + j + "]";
                text(errors, act + ".what", a.what(), t);
                if (a.doer() == null || a.doer().kind() == null) {
                    errors.put(act + ".doer.kind", t.get("plan.check.doerKind"));
                } else if (a.doer().kind() == ActionDoer.DoerKind.MEMBER) {
                    if (a.doer().memberBsn() == null || !h.hasMember(a.doer().memberBsn())) {
                        errors.put(act + ".doer.memberBsn", t.get("plan.check.notAMember"));
                    }
                } else if (a.doer().name() == null || a.doer().name().isBlank()) {
                    errors.put(act + ".doer.name", t.get("plan.check.doerName"));
                }
                if (a.due() == null) {
                    errors.put(act + ".due", t.get("plan.check.due"));
                }
            }
        }
        return errors;
    }

    private static void text(Map<String, String> errors, String field, String value, Texts t) {
        if (value == null || value.isBlank()) {
            errors.put(field, t.get("plan.check.required"));
        } else if (value.length() > PlanService.MAX_TEXT) {
            errors.put(field, t.get("plan.check.tooLong", PlanService.MAX_TEXT));
        }
    }
}
