package nl.toegang.caseworker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.toegang.auth.Principal;
import nl.toegang.core.staff.Teams;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.caseworker.InboxRow;
import nl.toegang.pages.caseworker.PageLink;
import nl.toegang.pages.caseworker.WerkbakPage;

/** The werkbak in the case worker's words: the inbox filtered and sorted as its URL asks. */
final class Werkbak {

    private final PageContext ctx;
    private final Principal me;
    private final WerkbakQuery query;
    private final LocalDate today;
    private final int warnDays;

    Werkbak(PageContext ctx, WerkbakQuery query, int warnDays) {
        this.ctx = ctx;
        this.me = ctx.principal();
        this.query = query;
        this.today = LocalDate.now(Dates.AMSTERDAM);
        this.warnDays = warnDays;
    }

    WerkbakPage page(List<UserTaskRecord> inbox, String notice) {
        List<UserTaskRecord> inView = inbox.stream()
                .filter(t -> !WerkbakQuery.MINE.equals(query.view()) || t.heldBy(me.subject()))
                .toList();
        List<UserTaskRecord> shown = inView.stream()
                .filter(t -> query.task() == null || query.task().equals(t.elementId()))
                .filter(t -> query.team() == null || query.team().equals(t.candidateGroup()))
                .filter(dueFilter())
                .sorted(order())
                .toList();
        return new WerkbakPage(notice, views(), taskChoices(inView), teamChoices(), dueChoices(), query.view(), query.sort(),
                sorts(), shown.stream().map(this::row).toList(), query.queryString(),
                inbox.isEmpty() ? ctx.t("work.empty") : ctx.t("work.emptyFiltered"),
                shown.size() == 1 ? ctx.t("work.countOne") : ctx.t("work.count", shown.size()));
    }

    /** A task's state against its due date, as the werkbak counts it. */
    DueState dueState(UserTaskRecord t) {
        return DueState.of(t.dueDate(), today, warnDays);
    }

    static String teamName(PageContext ctx, String group) {
        return ctx.texts().getOrDefault("team." + group, group);
    }

    private Predicate<UserTaskRecord> dueFilter() {
        return t -> query.due() == null || query.due().equals(dueState(t).filterValue);
    }

    private Comparator<UserTaskRecord> order() {
        Comparator<UserTaskRecord> byDue = Comparator.comparing((UserTaskRecord t) -> t.dueDate() == null ? Instant.MAX : t.dueDate());
        Comparator<UserTaskRecord> byReceived = Comparator.comparing(UserTaskRecord::createdAt);
        return switch (query.sort()) {
            case WerkbakQuery.BY_RECEIVED -> byReceived.thenComparing(byDue);
            case WerkbakQuery.BY_CLIENT -> {
                Collator names = Collator.getInstance(ctx.texts().locale());
                // Tasks of an unknown client last, not first.
                yield Comparator.comparing((UserTaskRecord t) -> t.clientName() == null)
                        .thenComparing(t -> t.clientName() == null ? "" : t.clientName(), names)
                        .thenComparing(byDue);
            }
            default -> byDue.thenComparing(byReceived);
        };
    }

    private InboxRow row(UserTaskRecord t) {
        DueState state = dueState(t);
        boolean mine = t.status() == TaskStatus.CLAIMED && t.heldBy(me.subject());
        return new InboxRow(t.taskId(), t.name(), t.clientName() == null ? ctx.t("work.clientUnknown") : t.clientName(),
                t.caseId(), Dates.date(ctx, t.createdAt()), Dates.date(ctx, t.dueDate()),
                DueState.words(ctx, t.dueDate(), today, warnDays), state.css, t.urgent(),
                t.assigneeName() == null ? ctx.t("work.nobody") : t.assigneeName(), mine,
                assignHref(me, t, query));
    }

    /** Where this person gives the task to a colleague; null unless they lead its team and it is open or claimed. */
    static String assignHref(Principal person, UserTaskRecord t, WerkbakQuery back) {
        boolean assignable = (t.status() == TaskStatus.OPEN || t.status() == TaskStatus.CLAIMED) && Teams.leads(person, t.candidateGroup());
        if (!assignable) {
            return null;
        }
        String query = back.queryString();
        return "/werk/taken/" + t.taskId() + "/toewijzen" + (query.isEmpty() ? "" : "?terug=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private List<PageLink> views() {
        return List.of(
                new PageLink(query.withView(WerkbakQuery.MINE).href(), ctx.t("work.view.mine"), WerkbakQuery.MINE.equals(query.view())),
                new PageLink(query.withView(WerkbakQuery.TEAM).href(), ctx.t("work.view.team"), WerkbakQuery.TEAM.equals(query.view())));
    }

    private List<PageLink> sorts() {
        return List.of(
                new PageLink(query.withSort(WerkbakQuery.BY_DUE).href(), ctx.t("work.sort.due"), WerkbakQuery.BY_DUE.equals(query.sort())),
                new PageLink(query.withSort(WerkbakQuery.BY_RECEIVED).href(), ctx.t("work.sort.received"),
                        WerkbakQuery.BY_RECEIVED.equals(query.sort())),
                new PageLink(query.withSort(WerkbakQuery.BY_CLIENT).href(), ctx.t("work.sort.client"),
                        WerkbakQuery.BY_CLIENT.equals(query.sort())));
    }

    private List<Choice> taskChoices(List<UserTaskRecord> tasks) {
        Map<String, String> names = new TreeMap<>();
        tasks.forEach(t -> names.putIfAbsent(t.elementId(), t.name()));
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", ctx.t("work.filter.allTasks"), query.task() == null));
        names.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> choices.add(new Choice(e.getKey(), e.getValue(), e.getKey().equals(query.task()))));
        return choices;
    }

    private List<Choice> teamChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", ctx.t("work.filter.allTeams"), query.team() == null));
        me.groups().stream().sorted(Comparator.comparing(g -> teamName(ctx, g)))
                .forEach(g -> choices.add(new Choice(g, teamName(ctx, g), g.equals(query.team()))));
        return choices;
    }

    private List<Choice> dueChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", ctx.t("work.filter.allDue"), query.due() == null));
        for (DueState s : List.of(DueState.LATE, DueState.SOON, DueState.ON_TIME)) {
            choices.add(new Choice(s.filterValue, ctx.t("work.filter.due." + s.filterValue, warnDays), s.filterValue.equals(query.due())));
        }
        return choices;
    }
}
