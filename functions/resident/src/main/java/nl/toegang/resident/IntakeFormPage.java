package nl.toegang.resident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.drafts.DraftService;
import nl.toegang.forms.FormSteps;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormValidator;
import nl.toegang.pages.resident.FormPage;

/**
 * An intake form as a web page, rendered on the server from the deployed Camunda Form. Each
 * rendering carries a fresh idempotency key, so sending the same page twice makes one case.
 */
@Controller(value = "/formulieren", produces = MediaType.TEXT_HTML)
@Hidden
public class IntakeFormPage {

    static final String IDEMPOTENCY_FIELD = "_idempotencyKey";

    private final SubmissionService submissions;
    private final Pages pages;
    private final FormStepsPage steps;

    public IntakeFormPage(SubmissionService submissions, Pages pages, FormStepsPage steps) {
        this.submissions = submissions;
        this.pages = pages;
        this.steps = steps;
    }

    @Get("/{formId}")
    public HttpResponse<String> show(String formId, Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        var intake = submissions.intakeForm(formId);
        if (FormSteps.of(intake.form()).inSteps()) {
            return steps.show(formId, DraftService.newId(), 1, principal, request);
        }
        return page(ctx, formId, intake.form(), prefill(principal), Map.of(), UUID.randomUUID().toString(), HttpStatus.OK);
    }

    @Post(value = "/{formId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> submit(String formId, Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        Map<String, List<String>> input = FormPosts.read(request);
        String key = FormPosts.first(input, IDEMPOTENCY_FIELD);
        if (FormSteps.of(submissions.intakeForm(formId).form()).inSteps()) {
            // A form in steps is sent from its check page; a post here is its first step.
            return steps.saveStep(formId, DraftService.looksValid(key) ? key : DraftService.newId(), 1, principal, ctx, input);
        }
        if (FormPosts.switchesLanguage(input)) {
            FormDefinition form = submissions.intakeForm(formId).form();
            return page(ctx, formId, form, FormValidator.entered(form, input, ctx.language(), Map.of()), Map.of(),
                    key == null ? UUID.randomUUID().toString() : key, HttpStatus.OK);
        }
        var outcome = submissions.submitFormPost(principal, formId, input, key, ctx.language());
        if (!outcome.accepted()) {
            return page(ctx, formId, outcome.form(), outcome.validation().enteredValues(), outcome.validation().errors(),
                    key == null ? UUID.randomUUID().toString() : key, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/mijn-aanvragen/" + outcome.caseRecord().caseId()
                + (outcome.repeated() ? "?herhaald=1" : "?ontvangen=1"));
    }

    /** Fields the resident's login already tells us; they can still change them. */
    static Map<String, Object> prefill(Principal principal) {
        Map<String, Object> values = new HashMap<>();
        principal.bsn().ifPresent(bsn -> values.put("bsn", bsn));
        String name = principal.name();
        int space = name == null ? -1 : name.indexOf(' ');
        if (space > 0) {
            values.put("voornaam", name.substring(0, space));
            values.put("achternaam", name.substring(space + 1));
        }
        return values;
    }

    private HttpResponse<String> page(PageContext ctx, String formId, FormDefinition form, Map<String, Object> values,
            Map<String, String> errors, String idempotencyKey, HttpStatus status) {
        FormPage page = new FormPage(ctx.t("form.intro"), "/formulieren/" + formId, IDEMPOTENCY_FIELD, idempotencyKey,
                ErrorSummaries.of(ctx.language(), errors),
                FormRenderer.fields(form, ctx.language(), values, errors, Map.of()));
        String title = ctx.texts().getOrDefault("form.title." + formId, formId);
        return pages.respond(status, ctx, "resident/form", title,
                Map.of("form", page));
    }
}
