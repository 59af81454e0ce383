package nl.toegang.resident.households;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import nl.toegang.core.households.HouseholdConsents;
import nl.toegang.core.households.SafetyOverrides;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;

/** The resident's consents as JSON: the same actions as the consent page. */
@Controller("/api/my-household/consents")
@SecurityRequirement(name = "bearer")
@Tag(name = "Residents")
public class ConsentApi {

    private final HouseholdAccess access;
    private final HouseholdConsents consents;
    private final SafetyOverrides overrides;

    public ConsentApi(HouseholdAccess access, HouseholdConsents consents, SafetyOverrides overrides) {
        this.access = access;
        this.consents = consents;
        this.overrides = overrides;
    }

    /**
     * @param member the BSN of the member it is about: yourself or someone you act for
     * @param scope {@code HOUSEHOLD_MEMBERS} or {@code PROFESSIONALS}
     * @param until the last day it holds (ISO date), after today and at most 12 months ahead
     */
    @Introspected
    public record NewConsent(@Nullable String member, @Nullable String scope, @Nullable String purpose,
            @Nullable String until) {}

    @Introspected
    public record ConsentView(String consentId, String member, String memberName, String scope, String purpose,
            LocalDate until, String givenByName, Instant givenAt, Instant revokedAt, boolean holds) {
        static ConsentView of(Household h, Consent c) {
            return new ConsentView(c.consentId(), c.memberBsn(), ConsentViews.name(h, c.memberBsn()), c.scope().name(),
                    c.purpose(), c.until(), c.givenByName(), c.givenAt(), c.revokedAt(),
                    c.holdsOn(LocalDate.now(nl.toegang.core.web.Dates.AMSTERDAM)));
        }
    }

    /** Information shared without consent, as the member may know it: when, by which team, why. */
    @Introspected
    public record SharedWithoutConsent(Instant at, String team, String member, String memberName, String scope,
            String reason) {}

    @Introspected
    public record Consents(String householdId, List<ConsentView> consents, List<SharedWithoutConsent> sharedWithoutConsent) {}

    @Operation(summary = "Your consents and those of the members you act for, and when information about them was"
            + " shared without consent for safety (unless that would endanger someone); 404 when you are in no household")
    @Get
    public Consents list(@Parameter(hidden = true) Principal principal) {
        ResidentHousehold rh = household(principal);
        Household h = rh.household();
        return new Consents(h.householdId(), consents.of(rh).stream().map(c -> ConsentView.of(h, c)).toList(),
                overrides.visibleTo(rh).stream().map(l -> new SharedWithoutConsent(l.override().at(), l.team(),
                        l.override().memberBsn(), ConsentViews.name(h, l.override().memberBsn()),
                        l.override().scope().name(), l.override().reason())).toList());
    }

    @Operation(summary = "Give consent to share. Send an Idempotency-Key header: the same key stores one consent;"
            + " 422 naming each refused field")
    @Post(consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<ConsentView> give(@Nullable @Body NewConsent body,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        ResidentHousehold rh = household(principal);
        NewConsent b = body == null ? new NewConsent(null, null, null, null) : body;
        var outcome = consents.give(principal, rh, new HouseholdConsents.Entry(b.member(), b.scope(), b.purpose(), b.until()),
                idempotencyKey, LanguageResolver.resolve(request));
        if (!outcome.given()) {
            throw ProblemException.invalidInput(outcome.errors(), "input.invalid");
        }
        return HttpResponse.created(ConsentView.of(rh.household(), outcome.consent()));
    }

    @Operation(summary = "Revoke a consent; revoking again changes nothing")
    @Post("/{consentId}/revoke")
    public ConsentView revoke(String consentId, @Parameter(hidden = true) Principal principal) {
        ResidentHousehold rh = household(principal);
        return ConsentView.of(rh.household(), consents.revoke(principal, rh, consentId));
    }

    @Operation(summary = "Revoke a consent (the same as POST .../revoke)")
    @Delete("/{consentId}")
    public ConsentView delete(String consentId, @Parameter(hidden = true) Principal principal) {
        return revoke(consentId, principal);
    }

    private ResidentHousehold household(Principal principal) {
        return access.forResident(principal).orElseThrow(() -> ProblemException.notFound("consent.noHousehold"));
    }
}
