package nl.toegang.resident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import nl.toegang.auth.CurrentUser;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;

/** The start page: what this is, how it goes, and where to begin. */
@Controller(value = "/", produces = MediaType.TEXT_HTML)
@Hidden
public class HomePage {

    private final Pages pages;

    public HomePage(Pages pages) {
        this.pages = pages;
    }

    @Get("/")
    public HttpResponse<String> home(HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, CurrentUser.of(request).orElse(null));
        return pages.ok(ctx, "resident/home", ctx.t("home.title"), Map.of());
    }
}
