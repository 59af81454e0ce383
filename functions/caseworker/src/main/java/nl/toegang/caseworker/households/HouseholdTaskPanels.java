package nl.toegang.caseworker.households;

import jakarta.inject.Singleton;
import java.util.List;
import nl.toegang.core.households.Coordinator;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.MemberWords;
import nl.toegang.core.households.plan.Plan;
import nl.toegang.core.households.plan.PlanRepository;
import nl.toegang.core.households.plan.PlanViews;
import nl.toegang.pages.households.HouseholdTaskPanel;
import nl.toegang.core.web.PageContext;

/**
 * The household on the page of a household's task. The task service checked that the worker may
 * see the household and logged the view, so the plan is read here without a second view line.
 */
@Singleton
public class HouseholdTaskPanels {

    private final PlanRepository plans;
    private final HouseholdOverview overview;

    public HouseholdTaskPanels(PlanRepository plans, HouseholdOverview overview) {
        this.plans = plans;
        this.overview = overview;
    }

    public HouseholdTaskPanel of(PageContext ctx, Household h) {
        Plan plan = plans.find(h.householdId());
        String base = HouseholdPages.path(h.householdId());
        List<HouseholdTaskPanel.Member> members = h.members().stream()
                .map(m -> new HouseholdTaskPanel.Member(m.name(), MemberWords.relation(ctx, m), MemberWords.age(ctx, m)))
                .toList();
        Coordinator c = h.coordinator();
        return new HouseholdTaskPanel(h.householdId(), base, base + "/plan", members,
                c == null ? null : ctx.t("householdTask.coordinatorNamed", c.name(), overview.teamName(c.team())),
                PlanViews.of(ctx, h, plan, plan.goals(), List.of()));
    }
}
