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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormValidator;
import nl.toegang.pages.caseworker.InboxRow;
import nl.toegang.pages.caseworker.TaskView;

/** The case worker's pages: inbox, and a task with its form and case file (the case file alone: {@link CaseFilePages}). */
@Controller(value = "/werk", produces = MediaType.TEXT_HTML)
@Hidden
public class WorkPages {

    private final TaskService tasks;
    private final Pages pages;
    private final CaseFile.Loader caseFiles;

    public WorkPages(TaskService tasks, CaseFile.Loader caseFiles, Pages pages) {
        this.tasks = tasks;
        this.pages = pages;
        this.caseFiles = caseFiles;
    }

    @Get
    public HttpResponse<String> inbox(@Nullable @QueryValue String afgerond, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Instant now = Instant.now();
        List<InboxRow> rows = tasks.inbox(principal).stream()
                .map(t -> new InboxRow(t.taskId(), t.name(), t.caseId(), t.candidateGroup(), Dates.date(ctx, t.dueDate()),
                        t.overdue(now), t.assigneeName() == null ? ctx.t("work.nobody") : t.assigneeName()))
                .toList();
        return pages.ok(ctx, "caseworker/inbox", ctx.t("work.title"), Map.of("completed", afgerond != null, "tasks", rows));
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
    public HttpResponse<String> release(String taskId, Principal principal) {
        tasks.unclaim(principal, taskId);
        return Pages.redirect("/werk");
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
        CaseFile file = caseFiles.of(detail.caseRecord());
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
        TaskView view = new TaskView(t.taskId(), t.caseId(), t.candidateGroup(), Dates.date(ctx, t.dueDate()), notice,
                t.isOpen() && t.status() == TaskStatus.OPEN,
                mine ? ErrorSummaries.of(ctx.language(), errors) : null,
                mine ? FormRenderer.fields(detail.form(), ctx.language(), values, errors, t.variables()) : null,
                mine && t.status() == TaskStatus.CLAIMED,
                CaseFileViews.review(ctx, file, t),
                CaseFileViews.of(ctx, file));
        return pages.respond(status, ctx, "caseworker/task", t.name(), Map.of("task", view));
    }
}
