package nl.toegang.caseworker.households;

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
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.DoorbraakFigures;
import nl.toegang.core.households.Doorbraken;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.Messages;
import nl.toegang.pages.forms.FieldWords;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.forms.InputHints;
import nl.toegang.pages.households.DoorbraakPage;
import nl.toegang.pages.households.DoorbrakenOverviewPage;
import nl.toegang.pages.households.Fields;

/** Asking for a doorbraak for a household, and the council's overview of all doorbraken. */
@Controller(value = "/werk", produces = MediaType.TEXT_HTML)
@Hidden
public class DoorbraakPages {

    static final String KEY_FIELD = "_idempotencyKey";

    private final HouseholdAccess access;
    private final Doorbraken doorbraken;
    private final DoorbraakFigures figures;
    private final Pages pages;

    public DoorbraakPages(HouseholdAccess access, Doorbraken doorbraken, DoorbraakFigures figures, Pages pages) {
        this.access = access;
        this.doorbraken = doorbraken;
        this.figures = figures;
        this.pages = pages;
    }

    @Get("/huishoudens/{householdId}/doorbraak")
    public HttpResponse<String> page(String householdId, @Nullable @QueryValue String gevraagd, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Household h = access.forWorker(principal, householdId);
        return render(ctx, h, gevraagd == null ? null : ctx.t("doorbraak.requested"), Doorbraken.Entry.EMPTY,
                UUID.randomUUID().toString(), Map.of(), HttpStatus.OK);
    }

    @Post(value = "/huishoudens/{householdId}/doorbraak", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> ask(String householdId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Household h = access.forWorker(principal, householdId);
        Map<String, List<String>> form = FormPosts.read(request);
        var entry = new Doorbraken.Entry(FormPosts.first(form, Doorbraken.CASE_FIELD), FormPosts.first(form, Doorbraken.RULE_FIELD),
                FormPosts.first(form, Doorbraken.LAW_FIELD), FormPosts.first(form, Doorbraken.NEEDS_FIELD),
                FormPosts.first(form, Doorbraken.JUDGEMENT_FIELD), FormPosts.first(form, Doorbraken.PROPOSAL_FIELD),
                FormPosts.first(form, Doorbraken.BUDGET_FIELD), FormPosts.first(form, Doorbraken.BUDGET_PURPOSE_FIELD));
        String key = FormPosts.first(form, KEY_FIELD);
        var outcome = doorbraken.request(principal, h, entry, key, ctx.language());
        if (!outcome.requested()) {
            return render(ctx, h, null, entry, key == null ? UUID.randomUUID().toString() : key, outcome.errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk/huishoudens/" + householdId + "/doorbraak?gevraagd=1#doorbraken");
    }

    @Get("/doorbraken")
    public HttpResponse<String> overview(Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        if (!Doorbraken.seesOverview(principal)) {
            throw ProblemException.forbidden("doorbraken.forbidden");
        }
        var f = figures.figures();
        var months = f.months().stream().map(m -> List.of(DoorbraakWords.month(ctx, m.month()), Integer.toString(m.requested()),
                Integer.toString(m.granted()), Integer.toString(m.refused()), DoorbraakWords.euros(ctx, m.grantedCents()))).toList();
        var rules = f.rules().stream().map(r -> List.of(r.rule(), Integer.toString(r.requested()), Integer.toString(r.granted()),
                Integer.toString(r.refused()))).toList();
        var justifications = f.justifications().stream()
                .map(j -> new DoorbrakenOverviewPage.Justification(ctx.t("doorbraken.justification.title",
                        DoorbraakWords.month(ctx, j.month()), PrivacyWords.team(ctx, j.team()), j.rule()),
                        DoorbraakWords.justification(ctx, j)))
                .toList();
        String totals = ctx.t("doorbraken.totals", f.requested(), f.granted(), f.refused(), f.open(),
                DoorbraakWords.euros(ctx, f.grantedCents()));
        return pages.ok(ctx, "households/doorbraakOverview", ctx.t("doorbraken.title"),
                Map.of("page", new DoorbrakenOverviewPage(totals, months, rules, justifications)));
    }

    private HttpResponse<String> render(PageContext ctx, Household h, String notice, Doorbraken.Entry entry, String key,
            Map<String, String> errors, HttpStatus status) {
        var rows = doorbraken.of(h).stream().map(d -> DoorbraakWords.of(ctx, d)).toList();
        DoorbraakPage page = new DoorbraakPage(notice, rows, fields(ctx, h, entry, errors),
                "/werk/huishoudens/" + h.householdId() + "/doorbraak", KEY_FIELD, key, ErrorSummaries.of(ctx.language(), errors));
        return pages.respond(status, ctx, "households/doorbraak", ctx.t("doorbraak.title"), Map.of("page", page));
    }

    private List<FormFieldView> fields(PageContext ctx, Household h, Doorbraken.Entry e, Map<String, String> errors) {
        var open = doorbraken.openCases(h);
        if (open.isEmpty()) {
            return List.of();
        }
        FieldWords words = new FieldWords(Messages.requiredMarker(ctx.language()), Messages.errorPrefix(ctx.language()),
                Messages.chooseOption(ctx.language()));
        var cases = open.stream().map(c -> new Fields.Choice(c.caseId(), c.caseId() + " (" + h.members().stream()
                .filter(m -> c.about(m.bsn())).map(m -> m.name()).findFirst().orElse(c.ownerName()) + ")")).toList();
        return List.of(
                Fields.select(Doorbraken.CASE_FIELD, ctx.t("doorbraak.field.caseId"), null, cases, e.caseId(),
                        errors.get(Doorbraken.CASE_FIELD), words),
                Fields.textarea(Doorbraken.RULE_FIELD, ctx.t("doorbraak.field.rule"), ctx.t("doorbraak.field.rule.hint"),
                        e.rule(), errors.get(Doorbraken.RULE_FIELD), true, words),
                Fields.textarea(Doorbraken.LAW_FIELD, ctx.t("doorbraak.field.lawIntends"), null, e.lawIntends(),
                        errors.get(Doorbraken.LAW_FIELD), true, words),
                Fields.textarea(Doorbraken.NEEDS_FIELD, ctx.t("doorbraak.field.residentNeeds"), null, e.residentNeeds(),
                        errors.get(Doorbraken.NEEDS_FIELD), true, words),
                Fields.textarea(Doorbraken.JUDGEMENT_FIELD, ctx.t("doorbraak.field.professionalJudgement"), null,
                        e.professionalJudgement(), errors.get(Doorbraken.JUDGEMENT_FIELD), true, words),
                Fields.textarea(Doorbraken.PROPOSAL_FIELD, ctx.t("doorbraak.field.proposal"), null, e.proposal(),
                        errors.get(Doorbraken.PROPOSAL_FIELD), true, words),
                Fields.text(Doorbraken.BUDGET_FIELD, ctx.t("doorbraak.field.budget"),
                        ctx.t("doorbraak.field.budget.hint", DoorbraakWords.euros(ctx, Doorbraken.MAX_BUDGET_CENTS)), e.budget(),
                        errors.get(Doorbraken.BUDGET_FIELD), false, new InputHints("text", "decimal", "off", false, false), words),
                Fields.textarea(Doorbraken.BUDGET_PURPOSE_FIELD, ctx.t("doorbraak.field.budgetPurpose"),
                        ctx.t("doorbraak.field.budgetPurpose.hint"), e.budgetPurpose(),
                        errors.get(Doorbraken.BUDGET_PURPOSE_FIELD), false, words));
    }
}
