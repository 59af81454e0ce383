package nl.toegang.resident;

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
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormResult;

/** "My requests": the resident's own cases, each with its status, letters, and what they can do next. */
@Controller(value = "/mijn-aanvragen", produces = MediaType.TEXT_HTML)
@Hidden
public class MyRequestsPage {

    private final CaseRepository cases;
    private final Pages pages;
    private final CaseEventRepository events;
    private final CaseAccess access;
    private final CaseActions actions;
    private final DefinitionRepository definitions;

    public MyRequestsPage(CaseRepository cases, CaseEventRepository events, CaseAccess access, CaseActions actions,
            DefinitionRepository definitions, Pages pages) {
        this.cases = cases;
        this.pages = pages;
        this.events = events;
        this.access = access;
        this.actions = actions;
        this.definitions = definitions;
    }

    @Get
    public HttpResponse<String> list(Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        List<CaseRecord> mine = cases.listByOwner(principal.subject());
        StringBuilder body = new StringBuilder();
        if (mine.isEmpty()) {
            body.append("<p>").append(escape(ctx.t("mine.empty"))).append("</p>");
        } else {
            body.append("<table><thead><tr><th scope=\"col\">").append(escape(ctx.t("mine.reference")))
                    .append("</th><th scope=\"col\">").append(escape(ctx.t("mine.submitted")))
                    .append("</th><th scope=\"col\">").append(escape(ctx.t("mine.status"))).append("</th></tr></thead><tbody>");
            for (CaseRecord c : mine) {
                body.append("<tr><td><a href=\"/mijn-aanvragen/").append(escape(c.caseId())).append("\">")
                        .append(escape(c.caseId())).append("</a></td><td>").append(escape(Dates.dateTime(ctx, c.createdAt())))
                        .append("</td><td class=\"case-status\">").append(escape(ctx.t("status." + c.status().name())))
                        .append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("<p><a class=\"button\" href=\"/formulieren/wmo-melding\">").append(escape(ctx.t("home.start"))).append("</a></p>");
        return pages.javaBody(HttpStatus.OK, ctx, ctx.t("mine.title"), body.toString());
    }

    @Get("/{caseId}")
    public HttpResponse<String> show(String caseId, @Nullable @QueryValue String ontvangen,
            @Nullable @QueryValue String herhaald, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        ResidentCaseView view = ResidentCaseView.of(c, events.list(caseId), ctx.texts());
        StringBuilder body = new StringBuilder();
        if (ontvangen != null || herhaald != null) {
            body.append("<div class=\"panel\" role=\"status\"><p><strong>")
                    .append(escape(ctx.t(herhaald != null ? "case.repeated" : "case.receipt", c.caseId())))
                    .append("</strong></p><p>").append(escape(ctx.t(c.processStarted() ? "case.receiptNext" : "case.pendingStart")))
                    .append("</p>");
            if (ctx.testEnvironment()) {
                body.append("<p><strong>").append(escape(ctx.t("case.receiptTest"))).append("</strong></p>");
            }
            body.append("</div>");
        }
        body.append("<h2>").append(escape(ctx.t("case.status"))).append("</h2><p class=\"case-status\">")
                .append(escape(view.statusText())).append("</p>");
        if (view.canApply()) {
            body.append("<div class=\"notice\"><p>").append(escape(ctx.t("case.applyExplain"))).append("</p><p><a class=\"button\" href=\"/mijn-aanvragen/")
                    .append(escape(caseId)).append("/aanvraag\">").append(escape(ctx.t("case.apply"))).append("</a></p></div>");
        }
        if (!view.letters().isEmpty()) {
            body.append("<h2>").append(escape(ctx.t("case.letters"))).append("</h2>");
            for (ResidentCaseView.Letter letter : view.letters()) {
                body.append("<section class=\"letter\" aria-label=\"").append(escape(Dates.dateTime(ctx, letter.sentAt()))).append("\">")
                        .append(escape(letter.text())).append("</section>");
            }
        }
        body.append("<h2>").append(escape(ctx.t("case.history"))).append("</h2><ul class=\"history\">");
        for (ResidentCaseView.HistoryLine line : view.history()) {
            body.append("<li>").append(escape(Dates.dateTime(ctx, line.at()))).append(": ").append(escape(line.text())).append("</li>");
        }
        body.append("</ul>");
        definitions.find(nl.toegang.core.definitions.DefinitionKind.FORM, c.formId(), c.formVersion()).ifPresent(form -> body
                .append("<h2>").append(escape(ctx.t("case.yourAnswers"))).append("</h2>")
                .append(FormRenderer.renderReadOnly(FormDefinition.parse(form.content()), ctx.language(), c.values())));
        if (view.canWithdraw()) {
            body.append("<h2>").append(escape(ctx.t("case.withdraw"))).append("</h2><p>").append(escape(ctx.t("case.withdrawExplain")))
                    .append("</p><form method=\"post\" action=\"/mijn-aanvragen/").append(escape(caseId))
                    .append("/intrekken\"><button type=\"submit\" class=\"warning\">").append(escape(ctx.t("case.withdraw")))
                    .append("</button></form>");
        }
        return pages.javaBody(HttpStatus.OK, ctx, ctx.t("case.title", c.caseId()), body.toString());
    }

    @Post(value = "/{caseId}/intrekken", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> withdraw(String caseId, Principal principal) {
        CaseRecord c = access.ownCase(principal, caseId);
        actions.withdraw(principal, c);
        return Pages.redirect("/mijn-aanvragen/" + caseId);
    }

    @Get("/{caseId}/aanvraag")
    public HttpResponse<String> applicationForm(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        return applicationPage(ctx, c, Map.of(), Map.of(), HttpStatus.OK);
    }

    @Post(value = "/{caseId}/aanvraag", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> apply(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        FormResult result = actions.submitApplication(principal, c, FormPosts.read(request), ctx.language());
        if (!result.errors().isEmpty()) {
            return applicationPage(ctx, c, result.enteredValues(), result.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/mijn-aanvragen/" + caseId);
    }

    private HttpResponse<String> applicationPage(PageContext ctx, CaseRecord c, Map<String, Object> values,
            Map<String, String> errors, HttpStatus status) {
        StringBuilder body = new StringBuilder();
        if (!errors.isEmpty()) {
            body.append(FormRenderer.renderErrorSummary(ctx.language(), errors));
        }
        body.append("<p>").append(escape(ctx.t("case.applyExplain"))).append("</p>")
                .append("<form method=\"post\" action=\"/mijn-aanvragen/").append(escape(c.caseId())).append("/aanvraag\" novalidate>")
                .append(FormRenderer.render(actions.applicationForm(), ctx.language(), values, errors, Map.of()))
                .append("<button type=\"submit\">").append(escape(ctx.t("form.submit"))).append("</button></form>");
        return pages.javaBody(status, ctx, ctx.t("form.title." + CaseActions.APPLICATION_FORM), body.toString());
    }
}
