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
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.cases.WhoMaySend;
import nl.toegang.core.drafts.Draft;
import nl.toegang.core.drafts.DraftService;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormStep;
import nl.toegang.forms.FormSteps;
import nl.toegang.forms.FormValidator;
import nl.toegang.forms.Messages;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.resident.CheckAnswersPage;
import nl.toegang.pages.resident.FormStepPage;

/**
 * An intake form with groups, one page per group (ADR form steps and drafts). Each step is checked on
 * its own and saved in the resident's draft; the check page lists every answer; sending goes through
 * the same submission as a one-page form, with the draft's id as idempotency key, so a double click
 * makes one case.
 */
@Controller(value = "/formulieren/{formId}/concepten/{draftId}", produces = MediaType.TEXT_HTML)
@Hidden
public class FormStepsPage {

    private final SubmissionService submissions;
    private final WhoMaySend whoMaySend;
    private final DraftService drafts;
    private final Pages pages;

    private final CaseAccess access;

    public FormStepsPage(SubmissionService submissions, WhoMaySend whoMaySend, DraftService drafts, Pages pages,
            CaseAccess access) {
        this.access = access;
        this.submissions = submissions;
        this.whoMaySend = whoMaySend;
        this.drafts = drafts;
        this.pages = pages;
    }

    static String stepPath(String formId, String draftId, int step) {
        return "/formulieren/" + formId + "/concepten/" + draftId + "/stap/" + step;
    }

    static String checkPath(String formId, String draftId) {
        return "/formulieren/" + formId + "/concepten/" + draftId + "/controleren";
    }

    /** @param voor on a draft not saved yet: whom a representative fills it in for (see IntakeFormPage) */
    @Get("/stap/{step}")
    public HttpResponse<String> show(String formId, String draftId, int step, @Nullable @QueryValue String voor,
            Principal principal, HttpRequest<?> request) {
        whoMaySend.requireMaySend(principal, formId);
        PageContext ctx = PageContext.of(request, principal);
        FormSteps steps = steps(formId);
        FormStep current = steps.step(step).orElseThrow(FormStepsPage::unknownDraft);
        Optional<Draft> draft = drafts.own(principal, draftId).filter(d -> d.formId().equals(formId));
        if (draft.isEmpty() && (step != 1 || !DraftService.looksValid(draftId) || drafts.exists(draftId))) {
            // Only the first step of a draft not saved yet can be shown; someone else's draft does not exist.
            throw unknownDraft();
        }
        Map<String, Object> values = draft.map(d -> withRepresentation(principal, d.values(), ctx))
                .orElseGet(() -> IntakeFormPage.prefill(principal, voor, ctx));
        return stepPage(ctx, formId, draftId, steps, current, values, Map.of(), HttpStatus.OK);
    }

    /**
     * A draft for someone the resident acts for: the later steps' "for whom" answers start as the
     * representation says (for someone else, the resident's name, their basis); what was saved wins.
     */
    private static Map<String, Object> withRepresentation(Principal principal, Map<String, Object> saved, PageContext ctx) {
        if (!(saved.get("bsn") instanceof String bsn) || principal.actsFor(bsn).isEmpty()) {
            return saved;
        }
        Map<String, Object> values = new HashMap<>(IntakeFormPage.prefill(principal, bsn, ctx));
        values.putAll(saved);
        return values;
    }

    @Post(value = "/stap/{step}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> save(String formId, String draftId, int step, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireSender(principal);
        return saveStep(formId, draftId, step, principal, PageContext.of(request, principal), FormPosts.read(request));
    }

    HttpResponse<String> saveStep(String formId, String draftId, int step, Principal principal, PageContext ctx,
            Map<String, List<String>> input) {
        FormSteps steps = steps(formId);
        FormStep current = steps.step(step).orElseThrow(FormStepsPage::unknownDraft);
        if (FormPosts.switchesLanguage(input)) {
            // The same step in the other language, with what was typed; nothing is checked or saved yet.
            return stepPage(ctx, formId, draftId, steps, current,
                    FormValidator.entered(current.content(), input, ctx.language(), Map.of()), Map.of(), HttpStatus.OK);
        }
        FormResult result = FormValidator.validate(current.content(), input, ctx.language(), Map.of());
        if (!result.isValid()) {
            return stepPage(ctx, formId, draftId, steps, current, result.enteredValues(), result.errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Draft saved = drafts.saveStep(principal, draftId, formId, step, current.keys(), result.values());
        boolean done = saved.allSaved(steps.count());
        return Pages.redirect(done ? checkPath(formId, draftId) : stepPath(formId, draftId, step + 1));
    }

    @Get("/controleren")
    public HttpResponse<String> check(String formId, String draftId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        FormSteps steps = steps(formId);
        Draft draft = drafts.require(principal, draftId, formId);
        if (!draft.allSaved(steps.count())) {
            return Pages.redirect(stepPath(formId, draftId, draft.continueAt(steps.count())));
        }
        return checkPage(ctx, formId, draft, steps, Map.of(), HttpStatus.OK);
    }

    @Post(value = "/versturen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> send(String formId, String draftId, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireSender(principal);
        PageContext ctx = PageContext.of(request, principal);
        FormSteps steps = steps(formId);
        Optional<Draft> draft = drafts.own(principal, draftId).filter(d -> d.formId().equals(formId));
        if (draft.isEmpty()) {
            // A second click after the first send went through: the draft is gone, the case is there.
            return submissions.alreadySent(principal, formId, draftId)
                    .map(c -> ReceiptPage.afterRepeat(principal, c, access))
                    .orElseThrow(FormStepsPage::unknownDraft);
        }
        var outcome = submissions.submitJson(principal, formId, draft.get().values(), draftId, ctx.language());
        if (!outcome.accepted()) {
            return checkPage(ctx, formId, draft.get(), steps, outcome.validation().errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        drafts.sent(principal, draftId);
        return ReceiptPage.after(principal, outcome, access);
    }

    @Post(value = "/verwijderen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> delete(String formId, String draftId, Principal principal) {
        drafts.require(principal, draftId, formId);
        drafts.delete(principal, draftId);
        return Pages.redirect("/mijn-aanvragen");
    }

    private FormSteps steps(String formId) {
        FormSteps steps = FormSteps.of(submissions.intakeForm(formId).form());
        if (!steps.inSteps()) {
            throw ProblemException.notFound("form.unknown", formId);
        }
        return steps;
    }

    private HttpResponse<String> stepPage(PageContext ctx, String formId, String draftId, FormSteps steps, FormStep step,
            Map<String, Object> values, Map<String, String> errors, HttpStatus status) {
        boolean last = step.number() == steps.count();
        FormStepPage page = new FormStepPage(ctx.t("steps.progress", step.number(), steps.count()), formTitle(ctx, formId),
                ctx.t("form.intro"), stepPath(formId, draftId, step.number()),
                step.number() == 1 ? null : stepPath(formId, draftId, step.number() - 1),
                ctx.t(last ? "steps.toCheck" : "steps.next"),
                ErrorSummaries.of(ctx.language(), errors),
                FormRenderer.fields(step.content(), ctx.language(), values, errors, Map.of()));
        String title = step.title(ctx.language());
        return pages.respond(status, ctx, "resident/formStep", title,
                Map.of("step", page));
    }

    private HttpResponse<String> checkPage(PageContext ctx, String formId, Draft draft, FormSteps steps,
            Map<String, String> errors, HttpStatus status) {
        List<CheckAnswersPage.Section> sections = steps.all().stream().map(step -> new CheckAnswersPage.Section(
                step.title(ctx.language()), stepPath(formId, draft.draftId(), step.number()),
                ctx.t("check.changeSection", step.title(ctx.language())),
                FormRenderer.answers(step.content(), ctx.language(), draft.values()))).toList();
        CheckAnswersPage page = new CheckAnswersPage(formTitle(ctx, formId),
                "/formulieren/" + formId + "/concepten/" + draft.draftId() + "/versturen",
                errorsAtTheirSteps(ctx, formId, draft.draftId(), steps, errors), sections);
        return pages.respond(status, ctx, "resident/checkAnswers",
                ctx.t("check.title"), Map.of("check", page));
    }

    /** On the check page an error's link leads to its field on the step that asks for it. */
    private static ErrorSummary errorsAtTheirSteps(PageContext ctx, String formId, String draftId, FormSteps steps,
            Map<String, String> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        Map<String, String> ordered = new LinkedHashMap<>(errors);
        return new ErrorSummary(Messages.errorSummaryTitle(ctx.language()), ordered.entrySet().stream()
                .map(e -> new ErrorSummary.Link(stepPath(formId, draftId, steps.stepOf(e.getKey()))
                        + FormRenderer.fieldAnchor(e.getKey()), e.getValue()))
                .toList());
    }

    static String formTitle(PageContext ctx, String formId) {
        return ctx.texts().getOrDefault("form.title." + formId, formId);
    }

    private static ProblemException unknownDraft() {
        return ProblemException.notFound("draft.unknown");
    }
}
