package nl.toegang.caseworker;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.caseworker.households.HouseholdTaskPanels;
import nl.toegang.core.cases.WhoMaySend;
import nl.toegang.core.staff.Teams;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormValidator;
import nl.toegang.pages.caseworker.AssignPage;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.caseworker.StartPage;
import nl.toegang.pages.caseworker.TaskView;

/**
 * The case worker's pages: the start page, the werkbak, a task with its form and case file, and
 * giving a task to a colleague (team leads). The case file alone: {@link CaseFilePages}.
 */
@Controller(value = "/werk", produces = MediaType.TEXT_HTML)
@Hidden
public class WorkPages {

    private final TaskService tasks;
    private final Pages pages;
    private final CaseFile.Loader caseFiles;
    private final WerkbakSettings settings;

    private final nl.toegang.caseworker.households.OverrideNotices overrideNotices;
    private final HouseholdTaskPanels householdPanels;

    private final DecidedCases decidedCases;

    public WorkPages(TaskService tasks, CaseFile.Loader caseFiles, Pages pages, WerkbakSettings settings,
            nl.toegang.caseworker.households.OverrideNotices overrideNotices, HouseholdTaskPanels householdPanels,
            DecidedCases decidedCases) {
        this.decidedCases = decidedCases;
        this.overrideNotices = overrideNotices;
        this.householdPanels = householdPanels;
        this.settings = settings;
        this.tasks = tasks;
        this.pages = pages;
        this.caseFiles = caseFiles;
    }

    @Get
    public HttpResponse<String> inbox(@Nullable @QueryValue String weergave, @Nullable @QueryValue String taak,
            @Nullable @QueryValue String team, @Nullable @QueryValue String termijn, @Nullable @QueryValue String sorteer,
            @Nullable @QueryValue String afgerond, @Nullable @QueryValue String toegewezen,
            @Nullable @QueryValue String teruggegeven, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        List<UserTaskRecord> inbox = tasks.inbox(principal);
        String notice = afgerond != null ? ctx.t("work.completed")
                : teruggegeven != null ? ctx.t("work.released")
                : toegewezen != null ? assignedNotice(ctx, inbox, toegewezen)
                : null;
        var page = new Werkbak(ctx, WerkbakQuery.of(weergave, taak, team, termijn, sorteer), settings.getWarnDays()).page(inbox, notice);
        return pages.ok(ctx, "caseworker/inbox", ctx.t("work.title"), Map.of("page", page));
    }

    /** Where staff land after signing in: how much work waits, with links into the werkbak. */
    @Get("/start")
    public HttpResponse<String> start(Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        List<UserTaskRecord> inbox = tasks.inbox(principal);
        Werkbak werkbak = new Werkbak(ctx, WerkbakQuery.DEFAULT, settings.getWarnDays());
        long mine = inbox.stream().filter(t -> t.heldBy(principal.subject())).count();
        long late = inbox.stream().filter(t -> werkbak.dueState(t) == DueState.LATE).count();
        long soon = inbox.stream().filter(t -> werkbak.dueState(t) == DueState.SOON).count();
        WerkbakQuery all = WerkbakQuery.DEFAULT;
        var figures = List.of(
                new StartPage.Figure(ctx.t("start.mine"), count(ctx, mine), all.withView(WerkbakQuery.MINE).href(), false),
                new StartPage.Figure(ctx.t("start.team"), count(ctx, inbox.size()), all.href(), false),
                new StartPage.Figure(ctx.t("start.late"), count(ctx, late), all.withDue(DueState.LATE.filterValue).href(), late > 0),
                new StartPage.Figure(ctx.t("start.soon", settings.getWarnDays()), count(ctx, soon),
                        all.withDue(DueState.SOON.filterValue).href(), soon > 0));
        String welcome = ctx.t("start.welcome", principal.name())
                + (Teams.leadsATeam(principal) ? " " + ctx.t("start.teamLead") : "");
        return pages.ok(ctx, "caseworker/start", ctx.t("start.title"),
                Map.of("page", new StartPage(welcome, figures, all.href(),
                        WhoMaySend.registersAtLoket(principal) ? RegistrationPages.PATH : null,
                        overrideNotices.of(ctx, principal))));
    }

    /** A team lead chooses the colleague who gets the task. */
    @Get("/taken/{taskId}/toewijzen")
    public HttpResponse<String> assignPage(String taskId, @Nullable @QueryValue String terug, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        return assignPage(ctx, tasks.assignment(principal, taskId), WerkbakQuery.fromQueryString(terug), null, null, HttpStatus.OK);
    }

    @Post(value = "/taken/{taskId}/toewijzen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> assign(String taskId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Map<String, List<String>> form = FormPosts.read(request);
        WerkbakQuery back = WerkbakQuery.fromQueryString(first(form, "terug"));
        String assignee = first(form, TaskService.ASSIGNEE_FIELD);
        try {
            tasks.assign(principal, taskId, assignee, first(form, "seen"), ctx.language());
        } catch (ProblemException refused) {
            if (refused.status() != HttpStatus.UNPROCESSABLE_ENTITY.getCode()) {
                throw refused;
            }
            return assignPage(ctx, tasks.assignment(principal, taskId), back, assignee,
                    refused.fieldErrors().get(TaskService.ASSIGNEE_FIELD), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect(back.href("toegewezen", taskId));
    }

    @Get("/taken/{taskId}")
    public HttpResponse<String> task(String taskId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        var detail = tasks.open(principal, taskId);
        return taskPage(ctx, detail, detail.task().variables(), Map.of(), HttpStatus.OK);
    }

    @Post(value = "/taken/{taskId}/oppakken", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> claim(String taskId, Principal principal) {
        tasks.claim(principal, taskId);
        return Pages.redirect("/werk/taken/" + taskId);
    }

    @Post(value = "/taken/{taskId}/teruggeven", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> release(String taskId, Principal principal, HttpRequest<?> request) {
        tasks.unclaim(principal, taskId);
        return Pages.redirect(WerkbakQuery.fromQueryString(first(FormPosts.read(request), "terug")).href("teruggegeven", "1"));
    }

    @Post(value = "/taken/{taskId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> complete(String taskId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Map<String, List<String>> input = FormPosts.read(request);
        if (FormPosts.switchesLanguage(input)) {
            var detail = tasks.open(principal, taskId);
            return taskPage(ctx, detail, FormValidator.entered(detail.form(), input, ctx.language(), detail.task().variables()),
                    Map.of(), HttpStatus.OK);
        }
        var completion = tasks.completeFormPost(principal, taskId, input, ctx.language());
        if (!completion.completed()) {
            return taskPage(ctx, completion.refused(), completion.validation().enteredValues(), completion.validation().errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk?afgerond=1");
    }

    private HttpResponse<String> taskPage(PageContext ctx, TaskService.TaskDetail detail, Map<String, Object> values,
            Map<String, String> errors, HttpStatus status) {
        UserTaskRecord t = detail.task();
        // A household's task (the plan's review) has the household where a case task has its case file.
        CaseFile file = detail.forHousehold() ? null : caseFiles.of(detail.caseRecord());
        boolean mine = t.isOpen() && t.status() != TaskStatus.OPEN && t.heldBy(ctx.principal().subject());
        String notice;
        if (!t.isOpen()) {
            notice = ctx.t("task.status." + t.status().name());
        } else if (t.status() == TaskStatus.OPEN) {
            notice = null;
        } else if (!mine) {
            notice = ctx.t("work.heldBy", t.assigneeName());
        } else {
            // The form stays, so the holder can send it again if the first try was cut off.
            notice = t.status() == TaskStatus.COMPLETING ? ctx.t("work.completing") : null;
        }
        TaskView view = new TaskView(t.taskId(), t.caseId(), Werkbak.teamName(ctx, t.candidateGroup()), Dates.date(ctx, t.dueDate()), notice,
                t.isOpen() && t.status() == TaskStatus.OPEN,
                mine ? ErrorSummaries.of(ctx.language(), errors) : null,
                mine ? FormRenderer.fields(detail.form(), ctx.language(), values, errors, t.variables()) : null,
                mine && t.status() == TaskStatus.CLAIMED,
                file == null ? null : CaseFileViews.review(ctx, file, t),
                file == null ? null : CaseFileViews.of(ctx, file),
                Werkbak.assignHref(ctx.principal(), t, WerkbakQuery.DEFAULT),
                detail.forHousehold() ? householdPanels.of(ctx, detail.household()) : null);
        Map<String, Object> params = new java.util.HashMap<>(Map.of("task", view));
        // An objection's task shows the case whose decision is objected to, above the objection's own file.
        if (detail.caseRecord() != null) {
            decidedCases.of(ctx, detail.caseRecord()).ifPresent(decided -> params.put("decided", decided));
        }
        return pages.respond(status, ctx, "caseworker/task", t.name(), params);
    }
    private HttpResponse<String> assignPage(PageContext ctx, TaskService.Assignment assignment, WerkbakQuery back,
            String chosen, String error, HttpStatus status) {
        UserTaskRecord t = assignment.task();
        List<Choice> colleagues = assignment.colleagues().stream()
                .map(c -> new Choice(c.id(), c.name(), c.id().equals(chosen != null ? chosen : t.assignee())))
                .toList();
        AssignPage page = new AssignPage(t.taskId(), t.name(),
                t.clientName() == null ? ctx.t("work.clientUnknown") : t.clientName(), t.caseId(),
                t.assigneeName() == null ? ctx.t("work.nobody") : t.assigneeName(),
                t.status() == TaskStatus.OPEN ? "" : t.assignee(), colleagues, error,
                error == null ? null : ErrorSummaries.of(ctx.language(), Map.of(TaskService.ASSIGNEE_FIELD, error)),
                back.queryString(), back.href());
        return pages.respond(status, ctx, "caseworker/assign", ctx.t("work.assign.title", t.name()), Map.of("page", page));
    }

    private static String assignedNotice(PageContext ctx, List<UserTaskRecord> inbox, String taskId) {
        return inbox.stream().filter(t -> t.taskId().equals(taskId) && t.assigneeName() != null).findFirst()
                .map(t -> ctx.t("work.assigned", t.name(), t.assigneeName()))
                .orElse(ctx.t("work.assignedSomeone"));
    }

    private static String count(PageContext ctx, long n) {
        return n == 1 ? ctx.t("work.countOne") : ctx.t("work.count", n);
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
