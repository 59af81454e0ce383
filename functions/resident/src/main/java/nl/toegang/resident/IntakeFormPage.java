package nl.toegang.resident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import nl.toegang.auth.ActsFor;
import nl.toegang.forms.Messages;
import nl.toegang.pages.forms.FieldWords;
import nl.toegang.pages.forms.RadioQuestion;
import nl.toegang.pages.resident.ForWhomPage;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.cases.WhoMaySend;
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
    private final WhoMaySend whoMaySend;
    private final Pages pages;
    private final FormStepsPage steps;

    private final CaseAccess access;

    public IntakeFormPage(SubmissionService submissions, WhoMaySend whoMaySend, Pages pages, FormStepsPage steps,
            CaseAccess access) {
        this.access = access;
        this.submissions = submissions;
        this.whoMaySend = whoMaySend;
        this.pages = pages;
        this.steps = steps;
    }

    /** The value of "Voor wie?" for the person themselves. */
    static final String FOR_SELF = "zelf";
    static final String FOR_WHOM_FIELD = "voor";

    /**
     * @param voor for someone who acts for others: whom the form is for, {@code zelf} or the BSN of a
     *             person they act for; without it they are asked first ("Voor wie?")
     */
    @Get("/{formId}")
    public HttpResponse<String> show(String formId, @Nullable @QueryValue String voor, Principal principal,
            HttpRequest<?> request) {
        whoMaySend.requireMaySend(principal, formId);
        PageContext ctx = PageContext.of(request, principal);
        var intake = submissions.intakeForm(formId);
        if (!principal.actsFor().isEmpty() && whoMaySend.representativesMaySend(formId) && !knownChoice(principal, voor)) {
            return forWhomPage(ctx, formId, principal, null, HttpStatus.OK);
        }
        if (FormSteps.of(intake.form()).inSteps()) {
            return steps.show(formId, DraftService.newId(), 1, voor, principal, request);
        }
        return page(ctx, formId, intake.form(), prefill(principal, voor, ctx), Map.of(), UUID.randomUUID().toString(),
                HttpStatus.OK);
    }

    /** The answer to "Voor wie?": on to the form, filled in for the person chosen. */
    @Post(value = "/{formId}/voor-wie", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> forWhom(String formId, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireSender(principal);
        submissions.intakeForm(formId);
        String voor = FormPosts.first(FormPosts.read(request), FOR_WHOM_FIELD);
        if (!knownChoice(principal, voor)) {
            PageContext ctx = PageContext.of(request, principal);
            return forWhomPage(ctx, formId, principal, ctx.t("problem.field.forWhomRequired"),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/formulieren/" + formId + "?" + FOR_WHOM_FIELD + "=" + voor);
    }

    private static boolean knownChoice(Principal principal, String voor) {
        return FOR_SELF.equals(voor) || principal.actsFor(voor).isPresent();
    }

    private HttpResponse<String> forWhomPage(PageContext ctx, String formId, Principal principal, String error,
            HttpStatus status) {
        List<String[]> options = new ArrayList<>();
        options.add(new String[] {FOR_SELF, ctx.t("forWhom.self")});
        for (ActsFor a : principal.actsFor()) {
            options.add(new String[] {a.bsn(), ctx.t("forWhom.other", a.name(), ctx.t("basis." + a.basis()))});
        }
        FieldWords words = new FieldWords(Messages.requiredMarker(ctx.language()), Messages.errorPrefix(ctx.language()),
                Messages.chooseOption(ctx.language()));
        ForWhomPage page = new ForWhomPage(ctx.t("forWhom.explain"), "/formulieren/" + formId + "/voor-wie",
                ErrorSummaries.of(ctx.language(), error == null ? Map.of() : Map.of(FOR_WHOM_FIELD, error)),
                RadioQuestion.of(FOR_WHOM_FIELD, ctx.t("forWhom.title"), options, null, error, words),
                ctx.t("forWhom.next"));
        return pages.respond(status, ctx, "resident/forWhom", ctx.t("forWhom.title"), Map.of("page", page));
    }

    @Post(value = "/{formId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> submit(String formId, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireSender(principal);
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
        return ReceiptPage.after(principal, outcome, access);
    }

    /** Fields the resident's login already tells us; they can still change them. */
    static Map<String, Object> prefill(Principal principal) {
        return prefill(principal, null, null);
    }

    /**
     * @param voor the BSN of a person the resident acts for: the form is filled in for that person,
     *             with the resident as who asks and their basis as the relation
     */
    static Map<String, Object> prefill(Principal principal, String voor, PageContext ctx) {
        var representation = principal.actsFor(voor);
        if (representation.isPresent()) {
            Map<String, Object> values = new HashMap<>();
            values.put("bsn", representation.get().bsn());
            splitName(representation.get().name(), values);
            values.put("namens", "iemand-anders");
            values.put("namensNaam", principal.name());
            if (ctx != null) {
                values.put("namensRelatie", ctx.t("basis." + representation.get().basis()));
            }
            return values;
        }
        Map<String, Object> values = new HashMap<>();
        principal.bsn().ifPresent(bsn -> values.put("bsn", bsn));
        splitName(principal.name(), values);
        return values;
    }

    private static void splitName(String name, Map<String, Object> values) {
        int space = name == null ? -1 : name.indexOf(' ');
        if (space > 0) {
            values.put("voornaam", name.substring(0, space));
            values.put("achternaam", name.substring(space + 1));
        }
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
