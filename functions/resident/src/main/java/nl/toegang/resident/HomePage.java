package nl.toegang.resident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import nl.toegang.auth.CurrentUser;
import nl.toegang.core.cases.FrontDoor;
import nl.toegang.core.cases.ProcessStarter;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.pages.resident.StartLink;

/** The start page: what this is, how it goes, and where to begin. */
@Controller(value = "/", produces = MediaType.TEXT_HTML)
@Hidden
public class HomePage {

    private final Pages pages;
    private final FrontDoor frontDoor;
    private final ProcessStarter starter;

    public HomePage(Pages pages, FrontDoor frontDoor, ProcessStarter starter) {
        this.pages = pages;
        this.frontDoor = frontDoor;
        this.starter = starter;
    }

    @Get("/")
    public HttpResponse<String> home(HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, CurrentUser.of(request).orElse(null));
        // The municipality's front doors: which forms it offers, each with the words residents know it by.
        var starts = frontDoor.getForms().stream()
                .filter(starter::startsProcess) // a form no intake starts would be a dead link
                .map(formId -> new StartLink("/formulieren/" + formId, ctx.texts().getOrDefault("home.start." + formId,
                        ctx.t("form.title." + formId))))
                .toList();
        return pages.ok(ctx, "resident/home", ctx.t("home.title"), Map.of("starts", starts));
    }
}
