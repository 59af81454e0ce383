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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.MemberRelation;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.components.HistoryEntry;
import nl.toegang.pages.households.HouseholdPage;

/**
 * The household page for case workers, and "Huishouden starten" on a case file. A change based on
 * an old page comes back with a message and the page as it is now; what was typed stays.
 */
@Controller(value = "/werk", produces = MediaType.TEXT_HTML)
@Hidden
public class HouseholdPages {

    static final String VERSION = "versie";

    private final Pages pages;
    private final HouseholdStart start;
    private final HouseholdAccess access;
    private final HouseholdChanges changes;
    private final HouseholdOverview overview;
    private final CaseEventRepository events;

    public HouseholdPages(Pages pages, HouseholdStart start, HouseholdAccess access, HouseholdChanges changes,
            HouseholdOverview overview, CaseEventRepository events) {
        this.pages = pages;
        this.start = start;
        this.access = access;
        this.changes = changes;
        this.overview = overview;
        this.events = events;
    }

    /** From the case file; a second worker a moment later lands on the same household. */
    @Post(value = "/zaken/{caseId}/huishouden", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> startFromCase(String caseId, Principal principal) {
        return Pages.redirect(path(start.start(principal, caseId).household().householdId()));
    }

    @Get("/huishoudens/{householdId}")
    public HttpResponse<String> show(String householdId, @Nullable @QueryValue String opgeslagen, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Household h = access.forWorker(principal, householdId);
        return page(ctx, h, HttpStatus.OK, null, opgeslagen == null ? null : ctx.t("household.saved"), Map.of(), Map.of());
    }

    @Post(value = "/huishoudens/{householdId}/regisseur", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> takeOn(String householdId, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> input = FormPosts.read(request);
        return change(householdId, principal, request, input,
                () -> changes.takeOn(principal, householdId, version(input)));
    }

    @Post(value = "/huishoudens/{householdId}/regisseur/overdragen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> handOver(String householdId, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> input = FormPosts.read(request);
        PageContext ctx = PageContext.of(request, principal);
        return change(householdId, principal, request, input, () -> changes.handOver(principal, householdId,
                version(input), FormPosts.first(input, HouseholdChanges.COLLEAGUE),
                FormPosts.first(input, HouseholdChanges.REASON), ctx.language()));
    }

    @Post(value = "/huishoudens/{householdId}/leden", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> addMember(String householdId, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> input = FormPosts.read(request);
        PageContext ctx = PageContext.of(request, principal);
        return change(householdId, principal, request, input, () -> changes.addMember(principal, householdId,
                version(input), new HouseholdChanges.NewMember(FormPosts.first(input, HouseholdChanges.BSN),
                        FormPosts.first(input, HouseholdChanges.NAME), FormPosts.first(input, HouseholdChanges.RELATION),
                        FormPosts.first(input, HouseholdChanges.BIRTH_DATE)), ctx.language()));
    }

    @Post(value = "/huishoudens/{householdId}/leden/{bsn}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> changeMember(String householdId, String bsn, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> input = FormPosts.read(request);
        PageContext ctx = PageContext.of(request, principal);
        return change(householdId, principal, request, input, () -> changes.changeRelation(principal, householdId,
                version(input), bsn, FormPosts.first(input, HouseholdChanges.RELATION), ctx.language()));
    }

    @Post(value = "/huishoudens/{householdId}/leden/{bsn}/verwijderen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> removeMember(String householdId, String bsn, Principal principal, HttpRequest<?> request) {
        Map<String, List<String>> input = FormPosts.read(request);
        return change(householdId, principal, request, input,
                () -> changes.removeMember(principal, householdId, version(input), bsn));
    }

    /** Saves the change and shows the page again; a refusal shows why, with what was typed. */
    private HttpResponse<String> change(String householdId, Principal principal, HttpRequest<?> request,
            Map<String, List<String>> input, Supplier<Household> change) {
        PageContext ctx = PageContext.of(request, principal);
        try {
            change.get();
            return Pages.redirect(path(householdId) + "?opgeslagen=ja");
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            Household now = access.forWorker(principal, householdId);
            Map<String, String> entered = new HashMap<>();
            input.forEach((k, v) -> entered.put(k, v.isEmpty() ? "" : v.getFirst()));
            String message = refused.status() == 409 || refused.status() == 403 ? refused.detail(ctx.texts()) : null;
            return page(ctx, now, HttpStatus.valueOf(refused.status()), message, null, refused.fieldErrors(), entered);
        }
    }

    private HttpResponse<String> page(PageContext ctx, Household h, HttpStatus status, String conflict, String saved,
            Map<String, String> errors, Map<String, String> entered) {
        String base = path(h.householdId());
        var coordinator = h.coordinator();
        List<HouseholdPage.MemberRow> members = h.members().stream()
                .map(m -> new HouseholdPage.MemberRow(m.bsn(), m.name(), HouseholdOverview.relation(ctx, m),
                        HouseholdOverview.age(ctx, m), base + "/leden/" + m.bsn(), base + "/leden/" + m.bsn() + "/verwijderen",
                        relations(ctx, m.relation().name())))
                .toList();
        List<HouseholdPage.CaseLine> cases = overview.cases(ctx, h).stream()
                .map(f -> new HouseholdPage.CaseLine(f.c().caseId(), "/werk/zaken/" + f.c().caseId(), f.person(), f.law(),
                        f.status(), f.deadline(), f.dueCss()))
                .toList();
        String coordinatorText = coordinator == null ? null
                : ctx.t("household.coordinator.named", coordinator.name(), overview.teamName(coordinator.team()),
                        Dates.date(ctx, coordinator.since()));
        String chosenColleague = entered.getOrDefault(HouseholdChanges.COLLEAGUE, "");
        List<Choice> colleagues = changes.colleagues(ctx.principal()).stream()
                .map(m -> new Choice(m.id(), m.name(), m.id().equals(chosenColleague))).toList();
        List<HistoryEntry> history = events.list(h.householdId()).stream()
                .map(e -> new HistoryEntry(Dates.dateTime(ctx, e.at()), HouseholdOverview.sentence(ctx, e), null)).toList();
        List<HouseholdPage.Link> links = List.of(
                new HouseholdPage.Link(base + "/plan", ctx.t("household.link.plan")),
                new HouseholdPage.Link(base + "/privacy", ctx.t("household.link.privacy")),
                new HouseholdPage.Link(base + "/doorbraak", ctx.t("household.link.doorbraak")));
        HouseholdPage page = new HouseholdPage(h.householdId(), h.version(), members, cases, coordinatorText,
                coordinator == null ? base + "/regisseur" : null,
                changes.mayHandOver(ctx.principal(), h) ? base + "/regisseur/overdragen" : null, colleagues,
                base + "/leden", relations(ctx, entered.getOrDefault(HouseholdChanges.RELATION, "")), history, links,
                conflict, saved, errors.isEmpty() ? null : ErrorSummaries.of(ctx.language(), errors), errors, entered);
        return pages.respond(status, ctx, "households/household", ctx.t("household.title", h.householdId()),
                Map.of("page", page));
    }

    private static List<Choice> relations(PageContext ctx, String chosen) {
        List<Choice> choices = new ArrayList<>();
        for (MemberRelation r : MemberRelation.values()) {
            choices.add(new Choice(r.name(), ctx.t("household.relation." + r.name()), r.name().equals(chosen)));
        }
        return choices;
    }

    private static long version(Map<String, List<String>> input) {
        try {
            return Long.parseLong(FormPosts.first(input, VERSION));
        } catch (RuntimeException missing) {
            return -1;
        }
    }

    static String path(String householdId) {
        return "/werk/huishoudens/" + householdId;
    }
}
