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
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.Doorbraak;
import nl.toegang.core.households.DoorbraakFigures;
import nl.toegang.core.households.Doorbraken;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;

/** Doorbraken as JSON: asking for one for a household, and the council's figures. */
@Controller("/api")
@SecurityRequirement(name = "bearer")
@Tag(name = "Households")
public class DoorbraakApi {

    private final HouseholdAccess access;
    private final Doorbraken doorbraken;
    private final DoorbraakFigures figures;

    public DoorbraakApi(HouseholdAccess access, Doorbraken doorbraken, DoorbraakFigures figures) {
        this.access = access;
        this.doorbraken = doorbraken;
        this.figures = figures;
    }

    /**
     * @param caseId an open case of a member, the one the blocking rule concerns
     * @param budget optional maatwerkbudget in euros, e.g. "1250,50" or "1250.50"; then budgetPurpose is required
     */
    @Introspected
    public record NewDoorbraak(@Nullable String caseId, @Nullable String rule, @Nullable String lawIntends,
            @Nullable String residentNeeds, @Nullable String professionalJudgement, @Nullable String proposal,
            @Nullable String budget, @Nullable String budgetPurpose) {}

    @Operation(summary = "The household's doorbraken with their decisions, newest first")
    @Get("/households/{householdId}/doorbraken")
    public List<Doorbraak> list(String householdId, @Parameter(hidden = true) Principal principal) {
        return doorbraken.of(access.forWorker(principal, householdId));
    }

    @Operation(summary = "Ask for a doorbraak, justified with the waardendriehoek; starts the doorbraak process for the"
            + " doorbraakfunctionarissen. Send an Idempotency-Key header: the same key asks once; 422 naming each field")
    @Post(value = "/households/{householdId}/doorbraken", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<Doorbraak> ask(String householdId, @Nullable @Body NewDoorbraak body,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        Household h = access.forWorker(principal, householdId);
        NewDoorbraak b = body == null ? new NewDoorbraak(null, null, null, null, null, null, null, null) : body;
        var outcome = doorbraken.request(principal, h, new Doorbraken.Entry(b.caseId(), b.rule(), b.lawIntends(),
                b.residentNeeds(), b.professionalJudgement(), b.proposal(), b.budget(), b.budgetPurpose()),
                idempotencyKey, LanguageResolver.resolve(request));
        if (!outcome.requested()) {
            throw ProblemException.invalidInput(outcome.errors(), "input.invalid");
        }
        return HttpResponse.created(outcome.doorbraak());
    }

    @Operation(summary = "For the council: doorbraken per month and per rule, budget granted, and the justifications"
            + " without names, BSNs or case numbers. Team leads and doorbraakfunctionarissen only (403 for others)")
    @Get("/doorbraken")
    public DoorbraakFigures.Figures overview(@Parameter(hidden = true) Principal principal) {
        if (!Doorbraken.seesOverview(principal)) {
            throw ProblemException.forbidden("doorbraken.forbidden");
        }
        return figures.figures();
    }
}
