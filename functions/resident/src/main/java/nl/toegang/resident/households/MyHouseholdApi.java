package nl.toegang.resident.households;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.ProblemException;
import nl.toegang.pages.households.MyHouseholdPage;

/** The resident's household as JSON: the same as the page {@code /mijn-huishouden}. */
@Controller("/api")
@SecurityRequirement(name = "bearer")
@Tag(name = "Residents")
public class MyHouseholdApi {

    private final MyHousehold household;

    public MyHouseholdApi(MyHousehold household) {
        this.household = household;
    }

    @Operation(summary = "Your household: its members, the coordinator and how to reach the team, and the cases of"
            + " members you may see (another member's case only with their consent); 404 when you are in none")
    @Get("/my-household")
    public MyHouseholdPage myHousehold(@Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        return household.page(PageContext.of(request, principal))
                .orElseThrow(() -> ProblemException.notFound("household.none"));
    }
}
