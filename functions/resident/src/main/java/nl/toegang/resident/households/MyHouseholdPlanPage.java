package nl.toegang.resident.households;

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
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.plan.PlanService;
import nl.toegang.core.households.plan.PlanViews;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.pages.households.MyPlanPage;

/** The household's plan on the member's own page: what they may see of it, and their reaction. */
@Controller(value = "/mijn-huishouden/plan", produces = MediaType.TEXT_HTML)
@Hidden
public class MyHouseholdPlanPage {

    private final PlanService plans;
    private final Pages pages;

    public MyHouseholdPlanPage(PlanService plans, Pages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> plan(@Nullable @QueryValue String verstuurd, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        return page(ctx, verstuurd == null ? null : ctx.t("myPlan.sent"), null, "", HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> react(Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        String text = FormPosts.first(FormPosts.read(request), "reactie");
        try {
            plans.react(principal, text, ctx.language());
        } catch (ProblemException refused) {
            if (refused.fieldErrors().isEmpty()) {
                throw refused;
            }
            return page(ctx, null, refused.fieldErrors().get("text"), text == null ? "" : text, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/mijn-huishouden/plan?verstuurd=1");
    }

    private HttpResponse<String> page(PageContext ctx, String notice, String error, String text, HttpStatus status) {
        var p = plans.forResident(ctx.principal()).orElseThrow(() -> ProblemException.notFound("household.none"));
        var view = PlanViews.of(ctx, p.household().household(), p.plan(), p.visibleGoals(), p.reactions());
        return pages.ok(ctx, "households/myPlan", ctx.t("myPlan.title"), Map.of("page", new MyPlanPage(view, notice, error, text)))
                .status(status);
    }
}
