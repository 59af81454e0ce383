package nl.toegang.resident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.Objections;
import nl.toegang.core.clock.TermCounting;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormValidator;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.resident.FormPage;

/**
 * "Bezwaar maken" on the page of a decided case. The form says until when an objection is in
 * time; after that it asks why the objection is late (Awb 6:11) and accepts it all the same.
 */
@Controller(value = "/mijn-aanvragen/{caseId}/bezwaar", produces = MediaType.TEXT_HTML)
@Hidden
public class ObjectionPages {

    private final CaseAccess access;
    private final CaseEventRepository events;
    private final Objections objections;
    private final Pages pages;

    public ObjectionPages(CaseAccess access, CaseEventRepository events, Objections objections, Pages pages) {
        this.access = access;
        this.events = events;
        this.objections = objections;
        this.pages = pages;
    }

    static String path(String caseId) {
        return "/mijn-aanvragen/" + caseId + "/bezwaar";
    }

    @Get
    public HttpResponse<String> form(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        Objections.Decision decision = decisionOrRefuse(c);
        var made = objections.objectionTo(c, decision);
        if (made.isPresent()) {
            return Pages.redirect("/mijn-aanvragen/" + made.get().caseId());
        }
        return page(ctx, c, decision, Map.of(), Map.of(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> submit(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        Objections.Decision decision = decisionOrRefuse(c);
        Map<String, List<String>> input = FormPosts.read(request);
        if (FormPosts.switchesLanguage(input)) {
            return page(ctx, c, decision, FormValidator.entered(objections.form().form(), input, ctx.language(), Map.of()),
                    Map.of(), HttpStatus.OK);
        }
        Objections.Outcome outcome = objections.submitFormPost(principal, c, input, ctx.language());
        if (!outcome.accepted()) {
            return page(ctx, c, decision, outcome.validation().enteredValues(), outcome.validation().errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/mijn-aanvragen/" + outcome.objection().caseId() + (outcome.repeated() ? "?herhaald=1" : "?ontvangen=1"));
    }

    private Objections.Decision decisionOrRefuse(CaseRecord c) {
        if (Objections.FORM_ID.equals(c.formId())) {
            throw ProblemException.conflict("objection.notAgainstObjection");
        }
        return objections.decision(events.list(c.caseId())).orElseThrow(() -> ProblemException.conflict("objection.noDecision"));
    }

    private HttpResponse<String> page(PageContext ctx, CaseRecord c, Objections.Decision decision, Map<String, Object> values,
            Map<String, String> errors, HttpStatus status) {
        boolean late = objections.lateNow(decision);
        String intro = ctx.t(late ? "objection.form.introLate" : "objection.form.intro", Dates.date(ctx, decision.sentAt()),
                c.caseId(), Dates.date(ctx, TermCounting.endOfDay(decision.lastDay())));
        List<FormFieldView> fields = FormRenderer.fields(objections.form().form(), ctx.language(), values, errors, Map.of()).stream()
                // The question why it is late is only for a late objection.
                .filter(f -> late || !Objections.LATE_REASON.equals(f.key()))
                .toList();
        FormPage form = new FormPage(intro, path(c.caseId()), null, null, ErrorSummaries.of(ctx.language(), errors), fields);
        return pages.respond(status, ctx, "resident/form", ctx.t("objection.form.title"), Map.of("form", form));
    }
}
