package nl.toegang.caseworker.households;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.Consent;
import nl.toegang.core.households.ConsentRepository;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.SafetyOverrides;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;

/** Consents and safety overrides of a household for case workers, and the team lead's list of overrides to see. */
@Controller("/api")
@SecurityRequirement(name = "bearer")
@Tag(name = "Households")
public class PrivacyApi {

    private final HouseholdAccess access;
    private final HouseholdRepository households;
    private final ConsentRepository consents;
    private final SafetyOverrides overrides;

    public PrivacyApi(HouseholdAccess access, HouseholdRepository households, ConsentRepository consents,
            SafetyOverrides overrides) {
        this.access = access;
        this.households = households;
        this.consents = consents;
        this.overrides = overrides;
    }

    @Introspected
    public record ConsentView(String consentId, String member, String memberName, String scope, String purpose,
            LocalDate until, String givenByName, Instant givenAt, Instant revokedAt, boolean holds) {
        static ConsentView of(Household h, Consent c) {
            return new ConsentView(c.consentId(), c.memberBsn(), PrivacyWords.name(h, c.memberBsn()), c.scope().name(),
                    c.purpose(), c.until(), c.givenByName(), c.givenAt(), c.revokedAt(),
                    c.holdsOn(LocalDate.now(Dates.AMSTERDAM)));
        }
    }

    @Introspected
    public record MemberConsents(String member, String memberName, boolean sharesWithHousehold,
            boolean mayShareWithProfessionals, List<ConsentView> consents) {}

    /**
     * @param member the BSN of a member of the household
     * @param scope {@code HOUSEHOLD_MEMBERS} or {@code PROFESSIONALS}
     * @param hiddenFromMember true when telling the member would endanger someone; then {@code hiddenReason} is required
     */
    @Introspected
    public record NewOverride(@Nullable String member, @Nullable String scope, @Nullable String reason,
            @Nullable Boolean hiddenFromMember, @Nullable String hiddenReason) {}

    @Introspected
    public record OverrideView(String overrideId, String householdId, String member, String memberName, String scope,
            String reason, boolean hiddenFromMember, String hiddenReason, String byName, String team, Instant at,
            Instant seenAt, String seenBy) {
        static OverrideView of(Household h, SafetyOverrides.Logged l) {
            var o = l.override();
            return new OverrideView(o.overrideId(), o.householdId(), o.memberBsn(), PrivacyWords.name(h, o.memberBsn()),
                    o.scope().name(), o.reason(), o.hiddenFromMember(), o.hiddenFromMember() ? l.hiddenReason() : null,
                    o.byName(), l.team(), o.at(), l.seenAt(), l.seenBy());
        }
    }

    @Operation(summary = "Each member's consents; the view is logged in the household history")
    @Get("/households/{householdId}/consents")
    public List<MemberConsents> consents(String householdId, @Parameter(hidden = true) Principal principal) {
        Household h = access.forWorker(principal, householdId);
        List<Consent> given = consents.consents(householdId);
        LocalDate today = LocalDate.now(Dates.AMSTERDAM);
        List<SafetyOverrides.Logged> logged = overrides.of(h);
        return h.members().stream().map(m -> {
            List<Consent> own = given.stream().filter(c -> c.memberBsn().equals(m.bsn())).toList();
            boolean household = own.stream().anyMatch(c -> c.scope() == nl.toegang.core.households.ConsentScope.HOUSEHOLD_MEMBERS
                    && c.holdsOn(today));
            boolean professionals = own.stream().anyMatch(c -> c.scope() == nl.toegang.core.households.ConsentScope.PROFESSIONALS
                    && c.holdsOn(today))
                    || logged.stream().anyMatch(l -> l.override().memberBsn().equals(m.bsn())
                            && l.override().scope() == nl.toegang.core.households.ConsentScope.PROFESSIONALS);
            return new MemberConsents(m.bsn(), m.name(), household, professionals,
                    own.stream().map(c -> ConsentView.of(h, c)).toList());
        }).toList();
    }

    @Operation(summary = "The household's safety overrides, oldest first")
    @Get("/households/{householdId}/overrides")
    public List<OverrideView> overrides(String householdId, @Parameter(hidden = true) Principal principal) {
        Household h = access.forWorker(principal, householdId);
        return overrides.of(h).stream().map(l -> OverrideView.of(h, l)).toList();
    }

    @Operation(summary = "Record sharing without consent because safety is at stake. Send an Idempotency-Key header:"
            + " the same key records one override; 422 naming each refused field")
    @Post(value = "/households/{householdId}/overrides", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<OverrideView> record(String householdId, @Nullable @Body NewOverride body,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        Household h = access.forWorker(principal, householdId);
        NewOverride b = body == null ? new NewOverride(null, null, null, null, null) : body;
        var outcome = overrides.record(principal, h, new SafetyOverrides.Entry(b.member(), b.scope(), b.reason(),
                Boolean.TRUE.equals(b.hiddenFromMember()), b.hiddenReason()), idempotencyKey, LanguageResolver.resolve(request));
        if (!outcome.recorded()) {
            throw ProblemException.invalidInput(outcome.errors(), "input.invalid");
        }
        return HttpResponse.created(overrides.of(h).stream()
                .filter(l -> l.override().overrideId().equals(outcome.override().overrideId()))
                .findFirst().map(l -> OverrideView.of(h, l)).orElseThrow());
    }

    @Operation(summary = "Team leads: the safety overrides in households your team coordinates or works in, newest first")
    @Get("/safety-overrides")
    public List<OverrideView> forLead(@Parameter(hidden = true) Principal principal) {
        principal.require(Principal.CASEWORKER);
        return overrides.forLead(principal).stream()
                .map(l -> OverrideView.of(households.find(l.override().householdId()).orElseThrow(), l)).toList();
    }

    @Operation(summary = "A team lead records that they saw an override; seeing it again changes nothing")
    @Post("/households/{householdId}/overrides/{overrideId}/seen")
    public OverrideView seen(String householdId, String overrideId, @Parameter(hidden = true) Principal principal) {
        principal.require(Principal.CASEWORKER);
        Household h = households.find(householdId).orElseThrow(() -> ProblemException.notFound("household.unknown", householdId));
        return overrides.acknowledge(principal, h, overrideId).map(l -> OverrideView.of(h, l))
                .orElseThrow(() -> ProblemException.notFound("household.unknown", householdId));
    }
}
