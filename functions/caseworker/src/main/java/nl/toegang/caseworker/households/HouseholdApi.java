package nl.toegang.caseworker.households;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.PageContext;

/** The household for case workers as JSON: the same as the page {@code /werk/huishoudens/{id}}. */
@Controller("/api")
@SecurityRequirement(name = "bearer")
@Tag(name = "Households")
public class HouseholdApi {

    private final HouseholdStart start;
    private final HouseholdAccess access;
    private final HouseholdChanges changes;
    private final HouseholdOverview overview;
    private final CaseEventRepository events;

    public HouseholdApi(HouseholdStart start, HouseholdAccess access, HouseholdChanges changes, HouseholdOverview overview,
            CaseEventRepository events) {
        this.start = start;
        this.access = access;
        this.changes = changes;
        this.overview = overview;
        this.events = events;
    }

    @Introspected
    public record MemberView(String bsn, String name, LocalDate birthDate, String age, String relation,
            String relationText) {}

    @Introspected
    public record CaseView(String caseId, String clientBsn, String person, String law, String lawText, String status,
            String statusText, Instant deadline, String deadlineText) {}

    @Introspected
    public record CoordinatorView(String subject, String name, String team, String teamName, Instant since) {}

    @Introspected
    public record HistoryLine(Instant at, String type, String by, String text) {}

    /** @param created on start: false when the person was in a household already */
    @Introspected
    public record HouseholdView(String householdId, long version, boolean created, List<MemberView> members,
            CoordinatorView coordinator, List<CaseView> cases, List<HistoryLine> history) {}

    /** @param version the version you read; a change based on an older one is refused with 409 */
    @Introspected
    public record Change(long version) {}

    @Introspected
    public record HandOver(long version, @Nullable String colleague, @Nullable String reason) {}

    @Introspected
    public record NewMember(long version, @Nullable String bsn, @Nullable String name, @Nullable String relation,
            @Nullable String birthDate) {}

    @Introspected
    public record RelationChange(long version, @Nullable String relation) {}

    @Operation(summary = "Start the household of the person a case is about, with the people the registry says live"
            + " with them (201); when the person is in a household already, that one (200). Two workers at once get one")
    @Post(value = "/case-files/{caseId}/household")
    public HttpResponse<HouseholdView> startFromCase(String caseId, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        HouseholdStart.Started started = start.start(principal, caseId);
        HouseholdView view = view(request, principal, started.household(), started.created());
        return started.created() ? HttpResponse.created(view) : HttpResponse.ok(view);
    }

    @Operation(summary = "A household your team works on: members, the cases of all members, the coordinator and the"
            + " history; the view is logged")
    @Get("/households/{householdId}")
    public HouseholdView household(String householdId, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        return view(request, principal, access.forWorker(principal, householdId), false);
    }

    @Operation(summary = "Become the household's coordinator (regisseur) while it has none; 409 when it has one"
            + " (taking over is a hand-over, with a reason) or changed since your version")
    @Post(value = "/households/{householdId}/coordinator", consumes = MediaType.APPLICATION_JSON)
    public HouseholdView takeOn(String householdId, @Body Change body, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        return view(request, principal, changes.takeOn(principal, householdId, body.version()), false);
    }

    @Operation(summary = "Hand the coordination over to a colleague, with a reason (422 naming the field; 403 for"
            + " anyone but the coordinator or a lead of their team; 409 when it changed since your version)")
    @Post(value = "/households/{householdId}/coordinator/hand-over", consumes = MediaType.APPLICATION_JSON)
    public HouseholdView handOver(String householdId, @Body HandOver body, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        return view(request, principal, changes.handOver(principal, householdId, body.version(), body.colleague(),
                body.reason(), LanguageResolver.resolve(request)), false);
    }

    @Operation(summary = "Add a member: a BSN the registry knows, or a BSN with name and relation"
            + " (MAIN_PERSON, PARTNER, CHILD, PARENT, OTHER)")
    @Post(value = "/households/{householdId}/members", consumes = MediaType.APPLICATION_JSON)
    public HouseholdView addMember(String householdId, @Body NewMember body, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        return view(request, principal, changes.addMember(principal, householdId, body.version(),
                new HouseholdChanges.NewMember(body.bsn(), body.name(), body.relation(), body.birthDate()),
                LanguageResolver.resolve(request)), false);
    }

    @Operation(summary = "Change a member's relation to the main person")
    @Post(value = "/households/{householdId}/members/{bsn}", consumes = MediaType.APPLICATION_JSON)
    public HouseholdView changeMember(String householdId, String bsn, @Body RelationChange body,
            @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        return view(request, principal, changes.changeRelation(principal, householdId, body.version(), bsn,
                body.relation(), LanguageResolver.resolve(request)), false);
    }

    @Operation(summary = "Take a member out of the household (the person can then join another one)")
    @Post(value = "/households/{householdId}/members/{bsn}/remove", consumes = MediaType.APPLICATION_JSON)
    public HouseholdView removeMember(String householdId, String bsn, @Body Change body,
            @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        return view(request, principal, changes.removeMember(principal, householdId, body.version(), bsn), false);
    }

    private HouseholdView view(HttpRequest<?> request, Principal principal, Household h, boolean created) {
        PageContext ctx = PageContext.of(request, principal);
        List<MemberView> members = h.members().stream()
                .map(m -> new MemberView(m.bsn(), m.name(), m.birthDate(), HouseholdOverview.age(ctx, m),
                        m.relation().name(), HouseholdOverview.relation(ctx, m)))
                .toList();
        var c = h.coordinator();
        CoordinatorView coordinator = c == null ? null
                : new CoordinatorView(c.subject(), c.name(), c.team(), overview.teamName(c.team()), c.since());
        List<CaseView> cases = overview.cases(ctx, h).stream()
                .map(f -> new CaseView(f.c().caseId(), f.c().clientBsn(), f.person(), f.c().law(), f.law(),
                        f.c().status().name(), f.status(), f.due(), f.deadline()))
                .toList();
        List<HistoryLine> history = events.list(h.householdId()).stream()
                .map(e -> new HistoryLine(e.at(), e.type().name(), e.actorName(), HouseholdOverview.sentence(ctx, e)))
                .toList();
        return new HouseholdView(h.householdId(), h.version(), created, members, coordinator, cases, history);
    }
}
