package nl.toegang.caseworker.households;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.toegang.caseworker.DueState;
import nl.toegang.caseworker.WerkbakSettings;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.TeamSettings;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.MemberWords;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;

/**
 * What the worker's household page and API show, in words: each member's relation and age, each
 * member's cases with their law, status and the nearest deadline of an open task (in days, as in
 * the werkbak), the coordinator's team, and the history.
 */
@Singleton
public class HouseholdOverview {

    private final HouseholdAccess access;
    private final TaskRepository tasks;
    private final WerkbakSettings settings;
    private final Collection<TeamSettings> teams;

    public HouseholdOverview(HouseholdAccess access, TaskRepository tasks, WerkbakSettings settings,
            Collection<TeamSettings> teams) {
        this.access = access;
        this.tasks = tasks;
        this.settings = settings;
        this.teams = teams;
    }

    /** @param due the nearest due date of an open task; null when no task is open */
    public record CaseFacts(CaseRecord c, String person, String law, String status, Instant due, String deadline,
            String dueCss) {}

    public List<CaseFacts> cases(PageContext ctx, Household h) {
        LocalDate today = LocalDate.now(Dates.AMSTERDAM);
        return access.cases(h).stream().map(c -> {
            Instant due = tasks.forCase(c.caseId()).stream()
                    .filter(t -> t.status() == TaskStatus.OPEN || t.status() == TaskStatus.CLAIMED)
                    .map(UserTaskRecord::dueDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            String person = h.member(c.clientBsn()).map(Member::name).orElse(c.clientName());
            return new CaseFacts(c, person, law(ctx, c.law()), ctx.t("dossier.status." + c.status().name()), due,
                    DueState.words(ctx, due, today, settings.getWarnDays()),
                    DueState.of(due, today, settings.getWarnDays()).css);
        }).toList();
    }

    static String law(PageContext ctx, String law) {
        return MemberWords.law(ctx, law);
    }

    static String relation(PageContext ctx, Member m) {
        return MemberWords.relation(ctx, m);
    }

    static String age(PageContext ctx, Member m) {
        return MemberWords.age(ctx, m);
    }

    String teamName(String team) {
        return teams.stream().filter(t -> t.getTeam().equals(team)).map(TeamSettings::getName).findFirst().orElse(team);
    }

    /** One line of the household's history in words. */
    static String sentence(PageContext ctx, CaseEvent e) {
        String who = e.actorName() == null || e.actorName().isBlank() ? ctx.t("history.system") : e.actorName();
        String key = "household.history." + e.type().name();
        if (ctx.texts().getOrDefault(key, null) == null) {
            return ctx.texts().getOrDefault("event." + e.type().name(), ctx.t("household.history.other")) + " (" + who + ")";
        }
        return switch (e.type()) {
            case HOUSEHOLD_STARTED -> ctx.t(key, who, e.text("caseId"));
            case HOUSEHOLD_COORDINATOR_HANDED_OVER -> ctx.t(key, who, e.text("fromName"), e.text("toName"), e.text("reason"));
            case HOUSEHOLD_MEMBER_ADDED, HOUSEHOLD_MEMBER_REMOVED -> ctx.t(key, who, e.text("name"),
                    e.text("relation").isEmpty() ? "" : ctx.t("household.relation." + e.text("relation")));
            case HOUSEHOLD_MEMBER_CHANGED -> ctx.t(key, who, e.text("name"), ctx.t("household.relation." + e.text("from")),
                    ctx.t("household.relation." + e.text("relation")));
            default -> ctx.t(key, who);
        };
    }
}
