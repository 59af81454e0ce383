package nl.toegang.resident.households;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;

/** "Mijn huishouden": the resident's household page. */
@Controller(value = "/mijn-huishouden", produces = MediaType.TEXT_HTML)
@Hidden
public class MyHouseholdPages {

    private final Pages pages;
    private final MyHousehold household;

    public MyHouseholdPages(Pages pages, MyHousehold household) {
        this.pages = pages;
        this.household = household;
    }

    @Get
    public HttpResponse<String> show(Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        var page = household.page(ctx).orElseThrow(() -> ProblemException.notFound("household.none"));
        return pages.ok(ctx, "households/myHousehold", ctx.t("myHousehold.title"), Map.of("page", page));
    }
}
