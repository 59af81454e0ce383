package nl.toegang.core.web;

import static nl.toegang.forms.Html.escape;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import nl.toegang.auth.Principal;
import nl.toegang.forms.Language;

/**
 * The frame of every page: language, skip link, navigation for the person's roles, in a test
 * environment a notice that nothing is kept, and one {@code <main>}. Pages work without
 * JavaScript and read well on a phone.
 */
public final class Page {

    private Page() {}

    public static MutableHttpResponse<String> ok(PageContext ctx, String title, String body) {
        return respond(HttpStatus.OK, ctx, title, body);
    }

    public static MutableHttpResponse<String> respond(HttpStatus status, PageContext ctx, String title, String body) {
        return HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
                .header("Cache-Control", "no-store")
                .body(render(ctx, title, body));
    }

    public static MutableHttpResponse<String> redirect(String location) {
        return HttpResponse.<String>seeOther(java.net.URI.create(location));
    }

    public static String render(PageContext ctx, String title, String body) {
        Texts t = ctx.texts();
        Language other = ctx.language() == Language.NL ? Language.EN : Language.NL;
        String otherCode = other == Language.EN ? "en" : "nl";
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(ctx.language() == Language.EN ? "en" : "nl").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" - ").append(escape(t.get("app.name"))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/toegang.css\">\n")
                .append("</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">").append(escape(t.get("page.skip"))).append("</a>\n")
                .append("<header class=\"site-header\"><div class=\"wrap\">")
                .append("<a class=\"brand\" href=\"/\">").append(escape(t.get("app.name"))).append("</a>")
                .append("<nav aria-label=\"").append(escape(t.get("nav.label"))).append("\"><ul>");
        Principal p = ctx.principal();
        if (p != null && p.hasRole("resident")) {
            navItem(html, "/mijn-aanvragen", t.get("nav.myRequests"));
            navItem(html, "/formulieren/wmo-melding", t.get("nav.newRequest"));
        }
        if (p != null && p.hasRole("caseworker")) {
            navItem(html, "/werk", t.get("nav.inbox"));
        }
        if (p != null && p.hasRole("admin")) {
            navItem(html, "/beheer", t.get("nav.admin"));
        }
        html.append("<li><a href=\"").append(escape(ctx.path())).append("?lang=").append(otherCode)
                .append("\" lang=\"").append(otherCode).append("\">").append(escape(t.get("nav.otherLanguage")))
                .append("</a></li>");
        if (p != null) {
            html.append("<li><form method=\"post\" action=\"/auth/logout\" class=\"inline\">")
                    .append("<button type=\"submit\" class=\"link-button\">")
                    .append(escape(t.get("nav.logout", p.name()))).append("</button></form></li>");
        } else {
            navItem(html, "/auth/login?return=" + escape(ctx.path()), t.get("nav.login"));
        }
        html.append("</ul></nav></div></header>\n");
        if (ctx.testEnvironment()) {
            html.append("<div class=\"test-notice\" role=\"note\"><p class=\"wrap\">")
                    .append(escape(t.get("page.testNotice"))).append("</p></div>\n");
        }
        html.append("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append(body)
                .append("\n</main>\n<footer class=\"site-footer\"><div class=\"wrap\"><p>")
                .append(escape(t.get("page.footer"))).append("</p></div></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void navItem(StringBuilder html, String href, String text) {
        html.append("<li><a href=\"").append(href).append("\">").append(escape(text)).append("</a></li>");
    }
}
