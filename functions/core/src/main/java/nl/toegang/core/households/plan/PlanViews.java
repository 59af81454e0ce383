package nl.toegang.core.households.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.Member;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.households.PlanView;

/** The plan in the reader's words: names instead of BSNs, dates written out, laws by their name. */
public final class PlanViews {

    private PlanViews() {}

    public static PlanView of(PageContext ctx, Household h, Plan plan, List<PlanGoal> goals, List<PlanReaction> reactions) {
        Map<String, String> names = h.members().stream().collect(Collectors.toMap(Member::bsn, Member::name));
        List<PlanView.Goal> goalViews = goals.stream().map(g -> new PlanView.Goal(g.goalId(), g.text(),
                g.concerns().isEmpty() ? ctx.t("plan.wholeHousehold")
                        : g.concerns().stream().map(b -> names.getOrDefault(b, "")).sorted().collect(Collectors.joining(", ")),
                g.law() == null ? "" : ctx.t("plan.law." + g.law()),
                g.actions().stream().map(a -> new PlanView.Action(a.what(), who(ctx, a.doer(), names), date(ctx, a.due()),
                        a.fromMdo() == null ? "" : ctx.t("plan.fromMdo"))).toList()))
                .toList();
        List<PlanView.Reaction> reactionViews = reactions.stream()
                .map(r -> new PlanView.Reaction(r.text(), r.byName(), Dates.dateTime(ctx, r.at()))).toList();
        return new PlanView(goalViews, date(ctx, plan.reviewDate()), reactionViews);
    }

    public static String date(PageContext ctx, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(ctx.texts().get("format.date"), ctx.texts().locale()).format(day);
    }

    private static String who(PageContext ctx, ActionDoer d, Map<String, String> names) {
        String name = d.kind() == ActionDoer.DoerKind.MEMBER ? names.getOrDefault(d.memberBsn(), d.name()) : d.name();
        String role = ctx.t("plan.doer." + d.kind().name());
        String team = d.team() == null || d.team().isBlank() ? "" : ", " + d.team();
        return name + " (" + role + team + ")";
    }
}
