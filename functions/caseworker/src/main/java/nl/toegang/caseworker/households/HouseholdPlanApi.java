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
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.plan.ActionDoer;
import nl.toegang.core.households.plan.Mdo;
import nl.toegang.core.households.plan.MdoService;
import nl.toegang.core.households.plan.Plan;
import nl.toegang.core.households.plan.PlanGoal;
import nl.toegang.core.households.plan.PlanReaction;
import nl.toegang.core.households.plan.PlanService;
import nl.toegang.core.web.LanguageResolver;

/** The household's plan and its MDOs for case workers: the same actions as the pages. */
@Controller("/api/households/{householdId}")
@SecurityRequirement(name = "bearer")
@Tag(name = "Households")
public class HouseholdPlanApi {

    private final PlanService plans;
    private final MdoService mdos;

    public HouseholdPlanApi(PlanService plans, MdoService mdos) {
        this.plans = plans;
        this.mdos = mdos;
    }

    @Introspected
    public record PlanView(String householdId, List<PlanGoal> goals, @Nullable LocalDate reviewDate, long version,
            List<PlanReaction> reactions, boolean reviewScheduled) {
        static PlanView of(Plan p, List<PlanReaction> reactions, boolean scheduled) {
            return new PlanView(p.householdId(), p.goals(), p.reviewDate(), p.version(), reactions, scheduled);
        }
    }

    @Introspected
    public record PlanBody(@Nullable List<PlanGoal> goals, @Nullable LocalDate reviewDate, long version) {}

    @Introspected
    public record Meetings(List<Mdo> mdos, List<String> withoutConsent) {}

    @Introspected
    public record ToAction(@Nullable String goalId, @Nullable ActionDoer doer, @Nullable LocalDate due) {}

    @Operation(summary = "The household's plan with the family's reactions; the view is logged")
    @Get("/plan")
    public PlanView plan(String householdId, @Parameter(hidden = true) Principal principal) {
        var p = plans.forWorker(principal, householdId);
        return PlanView.of(p.plan(), p.reactions(), true);
    }

    @Operation(summary = "Write or change the plan: send it whole with the version you read (version 0 for a new"
            + " plan). 409 when someone else changed it in between; 422 naming the field for bad input. A new"
            + " review date plans the evaluation task for the coordinator's team")
    @Put(value = "/plan", consumes = MediaType.APPLICATION_JSON)
    public PlanView change(String householdId, @Body PlanBody body, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        var changed = plans.change(principal, householdId,
                new PlanService.PlanChange(body.goals(), body.reviewDate(), body.version()),
                LanguageResolver.resolve(request));
        return PlanView.of(changed.plan(), plans.forWorker(principal, householdId).reactions(), changed.reviewScheduled());
    }

    @Operation(summary = "The household's MDOs, and the adults whose consent to discuss them with other teams is missing")
    @Get("/mdos")
    public Meetings meetings(String householdId, @Parameter(hidden = true) Principal principal) {
        var m = mdos.list(principal, householdId);
        return new Meetings(m.mdos(), m.withoutConsent().stream().map(Member::name).toList());
    }

    @Operation(summary = "Call an MDO: date, participants, agreements, outcome. 409 naming the adults without consent"
            + " when neither consent nor a safety override is recorded")
    @Post(value = "/mdos", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<Mdo> call(String householdId, @Body MdoService.MdoRequest body,
            @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        return HttpResponse.created(mdos.call(principal, householdId, body, LanguageResolver.resolve(request)));
    }

    @Operation(summary = "Record an MDO's outcome and agreements; send the version you read (409 when it changed)")
    @Put(value = "/mdos/{mdoId}", consumes = MediaType.APPLICATION_JSON)
    public Mdo record(String householdId, String mdoId, @Body MdoService.MdoRequest body,
            @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        return mdos.record(principal, householdId, mdoId, body, LanguageResolver.resolve(request));
    }

    @Operation(summary = "Make an MDO agreement a plan action under a goal; a second call adds nothing")
    @Post(value = "/mdos/{mdoId}/agreements/{agreementId}/action", consumes = MediaType.APPLICATION_JSON)
    public Mdo toAction(String householdId, String mdoId, String agreementId, @Body ToAction body,
            @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        return mdos.toAction(principal, householdId, mdoId, agreementId, body.goalId(), body.doer(), body.due(),
                LanguageResolver.resolve(request));
    }
}
