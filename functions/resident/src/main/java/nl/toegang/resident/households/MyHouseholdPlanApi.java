package nl.toegang.resident.households;

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
import java.time.LocalDate;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.plan.PlanGoal;
import nl.toegang.core.households.plan.PlanReaction;
import nl.toegang.core.households.plan.PlanService;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;

/** The household's plan for its members: only the goals each may see, and their reactions. */
@Controller("/api/my-household")
@SecurityRequirement(name = "bearer")
@Tag(name = "Residents")
public class MyHouseholdPlanApi {

    private final PlanService plans;

    public MyHouseholdPlanApi(PlanService plans) {
        this.plans = plans;
    }

    @Introspected
    public record MyPlan(String householdId, List<PlanGoal> goals, @Nullable LocalDate reviewDate,
            List<PlanReaction> reactions) {}

    @Introspected
    public record NewReaction(@Nullable String text) {}

    @Operation(summary = "Your household's plan: the goals about you, the people you act for, or everyone;"
            + " another member's goals only with their consent")
    @Get("/plan")
    public MyPlan plan(@Parameter(hidden = true) Principal principal) {
        var p = plans.forResident(principal).orElseThrow(() -> ProblemException.notFound("household.none"));
        return new MyPlan(p.household().household().householdId(), p.visibleGoals(), p.plan().reviewDate(), p.reactions());
    }

    @Operation(summary = "React to the plan; your case workers read it on the plan page")
    @Post(value = "/plan/reactions", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<PlanReaction> react(@Body NewReaction body, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        return HttpResponse.created(plans.react(principal, body == null ? null : body.text(),
                LanguageResolver.resolve(request)));
    }
}
