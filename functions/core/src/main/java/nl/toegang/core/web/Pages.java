package nl.toegang.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.theme.Municipality;
import nl.toegang.pages.Frame;
import nl.toegang.pages.LanguageChoice;
import nl.toegang.pages.MunicipalityView;
import nl.toegang.pages.Templates;

/**
 * Answers with a page from a template in toegang-pages, inside the one layout: language, skip
 * link, navigation for the person's roles, the test-environment notice, one {@code <main>}.
 */
@Singleton
public class Pages {

    private final Templates templates;
    private final MunicipalityView municipality;

    public Pages(Templates templates, Municipality municipality) {
        this.templates = templates;
        this.municipality = new MunicipalityView(municipality.name(), municipality.logoUrl(), municipality.phone(),
                municipality.phoneLink(), municipality.address());
    }

    public MutableHttpResponse<String> ok(PageContext ctx, String template, String title, Map<String, Object> params) {
        return respond(HttpStatus.OK, ctx, template, title, params);
    }

    public MutableHttpResponse<String> respond(HttpStatus status, PageContext ctx, String template, String title,
            Map<String, Object> params) {
        return HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
                .header("Cache-Control", "no-store")
                .body(render(ctx, template, title, params, status == HttpStatus.UNPROCESSABLE_ENTITY));
    }

    public String render(PageContext ctx, String template, String title, Map<String, Object> params) {
        return render(ctx, template, title, params, false);
    }

    private String render(PageContext ctx, String template, String title, Map<String, Object> params, boolean refused) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("frame", frame(ctx, title, refused));
        return templates.render(template, all);
    }

    public static MutableHttpResponse<String> redirect(String location) {
        return HttpResponse.<String>seeOther(URI.create(location));
    }

    private Frame frame(PageContext ctx, String title, boolean refused) {
        Principal p = ctx.principal();
        return new Frame(ctx.texts(), ctx.language().code(), title, ctx.path(), ctx.testEnvironment(),
                p == null ? null : p.name(), p != null && p.hasRole("resident"), p != null && p.hasRole("caseworker"),
                p != null && p.hasRole("admin"), municipality, ctx.query(), refused, languageChoices());
    }

    /** Every offered language, each named in itself (its own bundle's {@code language.name}). */
    private static List<LanguageChoice> languageChoices() {
        return OfferedLanguages.all().stream()
                .map(language -> new LanguageChoice(language.code(), Texts.of(language).get("language.name")))
                .toList();
    }
}
