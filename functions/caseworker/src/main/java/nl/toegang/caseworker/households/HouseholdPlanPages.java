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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.plan.ActionDoer;
import nl.toegang.core.households.plan.ActionDoer.DoerKind;
import nl.toegang.core.households.plan.Mdo;
import nl.toegang.core.households.plan.MdoAgreement;
import nl.toegang.core.households.plan.MdoParticipant;
import nl.toegang.core.households.plan.MdoService;
import nl.toegang.core.households.plan.Plan;
import nl.toegang.core.households.plan.PlanAction;
import nl.toegang.core.households.plan.PlanGoal;
import nl.toegang.core.households.plan.PlanService;
import nl.toegang.core.households.plan.PlanViews;
import nl.toegang.core.households.Member;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.households.MdoPage;
import nl.toegang.pages.households.MdoRecordPage;
import nl.toegang.pages.households.PlanPage;

/** The worker's pages for a household's plan and its MDOs: the same actions as {@link HouseholdPlanApi}. */
@Controller(value = "/werk/huishoudens/{householdId}", produces = MediaType.TEXT_HTML)
@Hidden
public class HouseholdPlanPages {

    static final List<String> LAWS = List.of("wmo", "jeugdwet", "participatiewet", "schuldhulp");

    private final PlanService plans;
    private final MdoService mdos;
    private final Pages pages;

    public HouseholdPlanPages(PlanService plans, MdoService mdos, Pages pages) {
        this.plans = plans;
        this.mdos = mdos;
        this.pages = pages;
    }

    @Get("/plan")
    public HttpResponse<String> plan(String householdId, @Nullable @QueryValue String opgeslagen, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        return planPage(ctx, householdId, opgeslagen == null ? null : ctx.t("plan.saved"), null, HttpStatus.OK);
    }

    @Post(value = "/plan/doelen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> addGoal(String householdId, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> form = FormPosts.read(request);
        String law = FormPosts.first(form, "wet");
        PlanGoal goal = new PlanGoal(null, FormPosts.first(form, "doel"), new LinkedHashSet<>(form.getOrDefault("betreft", List.of())),
                LAWS.contains(law) ? law : null, List.of());
        return change(householdId, principal, request, form, p -> withGoals(p, append(p.goals(), goal)));
    }

    @Post(value = "/plan/acties", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> addAction(String householdId, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> form = FormPosts.read(request);
        String goalId = FormPosts.first(form, "doelId");
        DoerKind kind = Arrays.stream(DoerKind.values()).filter(k -> k.name().equals(FormPosts.first(form, "soort")))
                .findFirst().orElse(null);
        String member = blankToNull(FormPosts.first(form, "lid"));
        PlanAction action = new PlanAction(null, FormPosts.first(form, "wat"),
                new ActionDoer(kind, FormPosts.first(form, "wie"), kind == DoerKind.MEMBER ? member : null, null),
                date(FormPosts.first(form, "wanneer")), null);
        return change(householdId, principal, request, form, p -> withGoals(p, p.goals().stream()
                .map(g -> g.goalId().equals(goalId) ? new PlanGoal(g.goalId(), g.text(), g.concerns(), g.law(), append(g.actions(), action)) : g)
                .toList()));
    }

    @Post(value = "/plan/evaluatiedatum", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> setReview(String householdId, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> form = FormPosts.read(request);
        LocalDate day = date(FormPosts.first(form, "datum"));
        return change(householdId, principal, request, form,
                p -> new Plan(p.householdId(), p.goals(), day, p.changedAt(), p.changedByName(), p.version()));
    }

    @Get("/mdo")
    public HttpResponse<String> mdo(String householdId, @Nullable @QueryValue String opgeslagen, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        return mdoPage(ctx, householdId, opgeslagen == null ? null : ctx.t("mdo.saved"), null, HttpStatus.OK);
    }

    /** Participants one a line: "name, role, organisation"; agreements one a line. */
    @Post(value = "/mdo", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> callMdo(String householdId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Map<String, List<String>> form = FormPosts.read(request);
        List<MdoParticipant> people = participants(FormPosts.first(form, "deelnemers"), List.of());
        try {
            mdos.call(principal, householdId, new MdoService.MdoRequest(date(FormPosts.first(form, "datum")), people,
                    lines(FormPosts.first(form, "afspraken")), FormPosts.first(form, "uitkomst"), 0), ctx.language());
        } catch (ProblemException refused) {
            return mdoPage(ctx, householdId, null, words(ctx, refused), HttpStatus.valueOf(refused.status()));
        }
        return Pages.redirect("/werk/huishoudens/" + householdId + "/mdo?opgeslagen=1");
    }

    /** Recording the outcome afterwards: who was there, the agreements, the outcome. */
    @Get("/mdo/{mdoId}")
    public HttpResponse<String> mdoRecord(String householdId, String mdoId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Mdo m = mdos.forWorker(principal, householdId, mdoId);
        return recordPage(ctx, m, m.version(), m.date() == null ? "" : m.date().toString(), participantLines(m.participants()),
                String.join("\n", m.agreements().stream().filter(a -> a.actionId() == null).map(MdoAgreement::text).toList()),
                m.outcome() == null ? "" : m.outcome(), null, Map.of(), HttpStatus.OK);
    }

    /** Saved through the same service as {@code PUT /api/households/{id}/mdos/{mdoId}}; a refusal keeps what was typed. */
    @Post(value = "/mdo/{mdoId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> recordMdo(String householdId, String mdoId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Map<String, List<String>> form = FormPosts.read(request);
        Mdo before = mdos.forWorker(principal, householdId, mdoId);
        long version = parseVersion(FormPosts.first(form, "versie"));
        String date = FormPosts.first(form, "datum");
        String people = FormPosts.first(form, "deelnemers");
        String agreements = FormPosts.first(form, "afspraken");
        String outcome = FormPosts.first(form, "uitkomst");
        try {
            mdos.record(principal, householdId, mdoId, new MdoService.MdoRequest(date(date),
                    participants(people, before.participants()), lines(agreements), outcome, version), ctx.language());
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.getCode()) {
                throw refused;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            refused.fieldErrors().forEach((field, message) -> errors.putIfAbsent(
                    field.startsWith("participants") ? "deelnemers" : field.equals("date") ? "datum" : field, message));
            Mdo now = mdos.forWorker(principal, householdId, mdoId);
            return recordPage(ctx, now, now.version(), nullToEmpty(date), nullToEmpty(people), nullToEmpty(agreements),
                    nullToEmpty(outcome), errors.isEmpty() ? refused.detail(ctx.texts()) : null, errors,
                    HttpStatus.valueOf(refused.status()));
        }
        return Pages.redirect("/werk/huishoudens/" + householdId + "/mdo?opgeslagen=1");
    }

    @Post(value = "/mdo/{mdoId}/afspraken/{agreementId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> toAction(String householdId, String mdoId, String agreementId, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Map<String, List<String>> form = FormPosts.read(request);
        try {
            mdos.toAction(principal, householdId, mdoId, agreementId, FormPosts.first(form, "doelId"), null,
                    date(FormPosts.first(form, "wanneer")), ctx.language());
        } catch (ProblemException refused) {
            return mdoPage(ctx, householdId, null, words(ctx, refused), HttpStatus.valueOf(refused.status()));
        }
        return Pages.redirect("/werk/huishoudens/" + householdId + "/mdo?opgeslagen=1");
    }

    private HttpResponse<String> change(String householdId, Principal principal, HttpRequest<?> request,
            Map<String, List<String>> form, UnaryOperator<Plan> edit) {
        PageContext ctx = PageContext.of(request, principal);
        long version = parseVersion(FormPosts.first(form, "versie"));
        Plan current = plans.forWorker(principal, householdId).plan();
        Plan seen = new Plan(current.householdId(), current.goals(), current.reviewDate(), current.changedAt(),
                current.changedByName(), version);
        Plan edited = edit.apply(seen);
        try {
            var changed = plans.change(principal, householdId,
                    new PlanService.PlanChange(edited.goals(), edited.reviewDate(), version), ctx.language());
            if (!changed.reviewScheduled()) {
                return planPage(ctx, householdId, ctx.t("plan.reviewNotScheduled"), null, HttpStatus.OK);
            }
        } catch (ProblemException refused) {
            return planPage(ctx, householdId, null, words(ctx, refused), HttpStatus.valueOf(refused.status()));
        }
        return Pages.redirect("/werk/huishoudens/" + householdId + "/plan?opgeslagen=1");
    }

    private HttpResponse<String> planPage(PageContext ctx, String householdId, String notice, String error, HttpStatus status) {
        var p = plans.forWorker(ctx.principal(), householdId);
        Household h = p.household();
        var page = new PlanPage(householdId, PlanViews.of(ctx, h, p.plan(), p.plan().goals(), p.reactions()),
                p.plan().version(), members(h),
                LAWS.stream().map(l -> new Choice(l, ctx.t("plan.law." + l), false)).toList(),
                Arrays.stream(DoerKind.values()).map(k -> new Choice(k.name(), ctx.t("plan.doer." + k.name()), false)).toList(),
                p.plan().reviewDate() == null ? "" : p.plan().reviewDate().toString(), notice, error,
                "/werk/huishoudens/" + householdId + "/mdo");
        return pages.ok(ctx, "households/plan", ctx.t("plan.title"), Map.of("page", page)).status(status);
    }

    private HttpResponse<String> mdoPage(PageContext ctx, String householdId, String notice, String error, HttpStatus status) {
        var meetings = mdos.list(ctx.principal(), householdId);
        Plan plan = plans.forWorker(ctx.principal(), householdId).plan();
        List<MdoPage.Meeting> views = new ArrayList<>();
        for (Mdo m : meetings.mdos()) {
            views.add(new MdoPage.Meeting(m.mdoId(), PlanViews.date(ctx, m.date()),
                    m.participants().stream().map(p -> String.join(", ", List.of(p.name(), p.role(), p.organisation())
                            .stream().filter(s -> s != null && !s.isBlank()).toList())).toList(),
                    m.outcome() == null ? "" : m.outcome(),
                    m.agreements().stream().map(a -> new MdoPage.Agreement(a.agreementId(), a.text(),
                            a.actionId() == null ? "" : ctx.t("mdo.becameAction",
                                    plan.goal(a.goalId()).map(PlanGoal::text).orElse("")))).toList(),
                    "/werk/huishoudens/" + householdId + "/mdo/" + m.mdoId()));
        }
        var page = new MdoPage(householdId, views,
                String.join(", ", meetings.withoutConsent().stream().map(Member::name).toList()),
                "/werk/huishoudens/" + householdId + "/privacy",
                plan.goals().stream().map(g -> new Choice(g.goalId(), g.text(), false)).toList(), notice, error,
                "/werk/huishoudens/" + householdId + "/plan");
        return pages.ok(ctx, "households/mdo", ctx.t("mdo.title"), Map.of("page", page)).status(status);
    }

    private HttpResponse<String> recordPage(PageContext ctx, Mdo m, long version, String date, String people,
            String agreements, String outcome, String conflict, Map<String, String> errors, HttpStatus status) {
        Plan plan = plans.forWorkerQuiet(m.householdId());
        List<String> becameActions = m.agreements().stream().filter(a -> a.actionId() != null)
                .map(a -> ctx.t("mdo.record.becameAction", a.text(), plan.goal(a.goalId()).map(PlanGoal::text).orElse("")))
                .toList();
        String base = "/werk/huishoudens/" + m.householdId();
        var page = new MdoRecordPage(m.householdId(), m.mdoId(), ctx.t("mdo.on", PlanViews.date(ctx, m.date())), version,
                date, people, agreements, outcome, becameActions, conflict,
                ErrorSummaries.of(ctx.language(), errors), errors, base + "/mdo");
        return pages.respond(status, ctx, "households/mdoRecord", ctx.t("mdo.record.title"), Map.of("page", page));
    }

    /**
     * Participants one a line: "name, role, organisation". A line with the name of someone on the
     * MDO already keeps who that is (a household member stays that member).
     */
    private static List<MdoParticipant> participants(String text, List<MdoParticipant> before) {
        return lines(text).stream().map(line -> {
            String[] parts = line.split(",", 3);
            String name = parts[0].strip();
            String memberBsn = before.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(MdoParticipant::memberBsn)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            return new MdoParticipant(name, parts.length > 1 ? parts[1].strip() : "",
                    parts.length > 2 ? parts[2].strip() : "", memberBsn);
        }).toList();
    }

    private static String participantLines(List<MdoParticipant> people) {
        return String.join("\n", people.stream().map(p -> String.join(", ", List.of(p.name(), nullToEmpty(p.role()),
                nullToEmpty(p.organisation())).stream().filter(s -> !s.isBlank()).toList())).toList());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<Choice> members(Household h) {
        return h.members().stream().map(m -> new Choice(m.bsn(), m.name(), false)).toList();
    }

    /** The refusal in words: the field messages when there are, else its own text. */
    private static String words(PageContext ctx, ProblemException refused) {
        if (!refused.fieldErrors().isEmpty()) {
            return String.join(" ", new LinkedHashSet<>(refused.fieldErrors().values()));
        }
        return refused.detail(ctx.texts());
    }

    private static Plan withGoals(Plan p, List<PlanGoal> goals) {
        return new Plan(p.householdId(), goals, p.reviewDate(), p.changedAt(), p.changedByName(), p.version());
    }

    private static <T> List<T> append(List<T> list, T added) {
        List<T> all = new ArrayList<>(list);
        all.add(added);
        return all;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long parseVersion(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
