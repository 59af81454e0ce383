package nl.toegang.resident;

import static nl.toegang.forms.Html.escape;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import nl.toegang.auth.CurrentUser;
import nl.toegang.core.web.Page;
import nl.toegang.core.web.PageContext;

/** The start page: what this is, how it goes, and where to begin. */
@Controller(value = "/", produces = MediaType.TEXT_HTML)
@Hidden
public class HomePage {

    @Get("/")
    public HttpResponse<String> home(HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, CurrentUser.of(request).orElse(null));
        String body = "<p>" + escape(ctx.t("home.intro")) + "</p>"
                + "<h2>" + escape(ctx.t("home.steps")) + "</h2><ol>"
                + "<li>" + escape(ctx.t("home.step1")) + "</li>"
                + "<li>" + escape(ctx.t("home.step2")) + "</li>"
                + "<li>" + escape(ctx.t("home.step3")) + "</li></ol>"
                + "<p><a class=\"button\" href=\"/formulieren/wmo-melding\">" + escape(ctx.t("home.start")) + "</a></p>";
        if (ctx.principal() == null) {
            body += "<p><a href=\"/auth/login?return=/mijn-aanvragen\">" + escape(ctx.t("home.login")) + "</a></p>"
                    + "<p>" + escape(ctx.t("home.staff")) + " <a href=\"/auth/login?return=/werk\">"
                    + escape(ctx.t("nav.login")) + "</a></p>";
        }
        return Page.ok(ctx, ctx.t("home.title"), body);
    }
}
