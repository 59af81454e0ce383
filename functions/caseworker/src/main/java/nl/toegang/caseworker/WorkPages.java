package nl.toegang.caseworker;

import static nl.toegang.forms.Html.escape;

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
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormResult;

/** The case worker's pages: inbox, a task with its form and case file, and the case file alone. */
@Controller(value = "/werk", produces = MediaType.TEXT_HTML)
@Hidden
public class WorkPages {

    private final TaskService tasks;
    private final Pages pages;
    private final CaseFile.Loader caseFiles;
    private final CaseActions actions;

    public WorkPages(TaskService tasks, CaseFile.Loader caseFiles, CaseActions actions, Pages pages) {
        this.tasks = tasks;
        this.pages = pages;
        this.caseFiles = caseFiles;
        this.actions = actions;
    }

    @Get
    public HttpResponse<String> inbox(@Nullable @QueryValue String afgerond, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        List<UserTaskRecord> open = tasks.inbox(principal);
        StringBuilder body = new StringBuilder();
        if (afgerond != null) {
            body.append("<div class=\"panel\" role=\"status\"><p>").append(escape(ctx.t("work.completed"))).append("</p></div>");
        }
        if (open.isEmpty()) {
            body.append("<p>").append(escape(ctx.t("work.empty"))).append("</p>");
        } else {
            body.append("<table class=\"inbox\"><thead><tr>");
            for (String h : List.of("work.task", "work.case", "work.team", "work.due", "work.holder")) {
                body.append("<th scope=\"col\">").append(escape(ctx.t(h))).append("</th>");
            }
            body.append("</tr></thead><tbody>");
            Instant now = Instant.now();
            for (UserTaskRecord t : open) {
                body.append("<tr><td><a href=\"/werk/taken/").append(t.taskId()).append("\">").append(escape(t.name()))
                        .append("</a></td><td>").append(escape(t.caseId())).append("</td><td>").append(escape(t.candidateGroup()))
                        .append("</td><td>").append(escape(Dates.date(ctx, t.dueDate())));
                if (t.overdue(now)) {
                    body.append(" <span class=\"overdue\">").append(escape(ctx.t("work.overdue"))).append("</span>");
                }
                body.append("</td><td>").append(escape(t.assigneeName() == null ? ctx.t("work.nobody") : t.assigneeName()))
                        .append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        return pages.javaBody(HttpStatus.OK, ctx, ctx.t("work.title"), body.toString());
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
        var completion = tasks.completeFormPost(principal, taskId, FormPosts.read(request), ctx.language());
        if (!completion.completed()) {
            return taskPage(ctx, completion.refused(), completion.validation().enteredValues(), completion.validation().errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk?afgerond=1");
    }

    @Get("/zaken/{caseId}")
    public HttpResponse<String> caseFile(String caseId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        return caseFilePage(ctx, caseFiles.load(principal, caseId), Map.of(), Map.of(), HttpStatus.OK);
    }

    @Post(value = "/zaken/{caseId}/aanvraag", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> recordApplication(String caseId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        CaseFile file = caseFiles.load(principal, caseId);
        FormResult result = actions.submitApplication(principal, file.caseRecord(), FormPosts.read(request), ctx.language());
        if (!result.errors().isEmpty()) {
            return caseFilePage(ctx, file, result.enteredValues(), result.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk/zaken/" + caseId);
    }

    private HttpResponse<String> taskPage(PageContext ctx, TaskService.TaskDetail detail, Map<String, Object> values,
            Map<String, String> errors, HttpStatus status) {
        UserTaskRecord t = detail.task();
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(escape(ctx.t("work.case"))).append(": <a href=\"/werk/zaken/").append(escape(t.caseId()))
                .append("\">").append(escape(t.caseId())).append("</a> &middot; ").append(escape(ctx.t("work.team"))).append(": ")
                .append(escape(t.candidateGroup())).append(" &middot; ").append(escape(ctx.t("work.due"))).append(": ")
                .append(escape(Dates.date(ctx, t.dueDate()))).append("</p>");
        String me = ctx.principal().subject();
        if (!t.isOpen()) {
            notice(body, ctx.t("task.status." + t.status().name()));
        } else if (t.status() == TaskStatus.OPEN) {
            body.append("<div class=\"notice\"><p>").append(escape(ctx.t("work.claimFirst"))).append("</p>")
                    .append("<form method=\"post\" action=\"/werk/taken/").append(t.taskId()).append("/oppakken\">")
                    .append("<button type=\"submit\">").append(escape(ctx.t("work.claim"))).append("</button></form></div>");
        } else if (!t.heldBy(me)) {
            notice(body, ctx.t("work.heldBy", t.assigneeName()));
        } else {
            if (t.status() == TaskStatus.COMPLETING) {
                // The form stays, so the holder can send it again if the first try was cut off.
                notice(body, ctx.t("work.completing"));
            }
            if (!errors.isEmpty()) {
                body.append(FormRenderer.renderErrorSummary(ctx.language(), errors));
            }
            body.append("<form method=\"post\" action=\"/werk/taken/").append(t.taskId()).append("\" novalidate>")
                    .append(FormRenderer.render(detail.form(), ctx.language(), values, errors, t.variables()))
                    .append("<button type=\"submit\">").append(escape(ctx.t("work.complete"))).append("</button></form>");
            if (t.status() == TaskStatus.CLAIMED) {
                body.append("<form method=\"post\" action=\"/werk/taken/").append(t.taskId()).append("/teruggeven\">")
                        .append("<p><button type=\"submit\" class=\"secondary\">").append(escape(ctx.t("work.release")))
                        .append("</button></p></form>");
            }
        }
        body.append(CaseFileHtml.render(ctx, caseFiles.of(detail.caseRecord())));
        return pages.javaBody(status, ctx, t.name(), body.toString());
    }

    private static void notice(StringBuilder body, String text) {
        body.append("<p class=\"notice\">").append(escape(text)).append("</p>");
    }

    private HttpResponse<String> caseFilePage(PageContext ctx, CaseFile file, Map<String, Object> values,
            Map<String, String> errors, HttpStatus status) {
        StringBuilder body = new StringBuilder();
        if (file.caseRecord().status() == CaseStatus.AWAITING_APPLICATION) {
            body.append("<h2>").append(escape(ctx.t("work.recordApplication"))).append("</h2>");
            if (!errors.isEmpty()) {
                body.append(FormRenderer.renderErrorSummary(ctx.language(), errors));
            }
            body.append("<form method=\"post\" action=\"/werk/zaken/").append(escape(file.caseRecord().caseId()))
                    .append("/aanvraag\" novalidate>")
                    .append(FormRenderer.render(actions.applicationForm(), ctx.language(), values, errors, Map.of()))
                    .append("<button type=\"submit\">").append(escape(ctx.t("form.save"))).append("</button></form>");
        }
        body.append(CaseFileHtml.render(ctx, file));
        return pages.javaBody(status, ctx, ctx.t("work.caseFile") + " " + file.caseRecord().caseId(), body.toString());
    }
}
