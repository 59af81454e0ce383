package nl.toegang.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormRenderer;
import nl.toegang.pages.admin.ChangesPage;
import nl.toegang.pages.admin.Link;
import nl.toegang.pages.admin.PreviewPage;
import nl.toegang.pages.admin.RestorePage;
import nl.toegang.pages.admin.VersionsPage;

/**
 * The versions of one process, decision table or form: which one new cases use, what changed in
 * each, a preview of a form, and taking an earlier version back into use.
 */
@Controller(value = "/beheer", produces = MediaType.TEXT_HTML)
@Hidden
public class VersionPages {

    private final DefinitionRepository definitions;
    private final DeploymentService deployments;
    private final Pages pages;

    public VersionPages(DefinitionRepository definitions, DeploymentService deployments, Pages pages) {
        this.definitions = definitions;
        this.deployments = deployments;
        this.pages = pages;
    }

    @Get("/{kind}/{id}")
    public HttpResponse<String> versions(String kind, String id, @Nullable @QueryValue("hersteld") Integer restored,
            Principal principal, HttpRequest<?> request) {
        principal.require(AdminApi.ADMIN_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        DefinitionKind k = DefinitionPaths.kind(kind, id);
        List<DeployedDefinition> all = allVersions(k, id);
        DeployedDefinition current = all.get(0);
        String notice = restored == null ? null : all.stream()
                .filter(d -> d.version() == restored && d.restoredFrom() != null).findFirst()
                .map(d -> ctx.t("admin.versions.restored", d.version(), d.restoredFrom())).orElse(null);
        List<VersionsPage.VersionRow> rows = all.stream().map(d -> row(ctx, d, d == current)).toList();
        String intro = ctx.t("admin.versions.intro", ctx.t("admin.kind." + k.name()), current.version());
        return pages.ok(ctx, "admin/versions", ctx.t("admin.versions.title", id),
                Map.of("page", new VersionsPage(intro, notice, rows)));
    }

    @Get("/{kind}/{id}/versies/{version}/wijzigingen")
    public HttpResponse<String> changes(String kind, String id, int version, Principal principal, HttpRequest<?> request) {
        principal.require(AdminApi.ADMIN_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        DefinitionKind k = DefinitionPaths.kind(kind, id);
        DeployedDefinition shown = oneVersion(k, id, version);
        var previous = allVersions(k, id).stream().filter(d -> d.version() < version).findFirst();
        ChangesPage page = previous
                .map(before -> new ChangesPage(ctx.t("admin.changes.intro", version, before.version()),
                        DiffViews.between(ctx, before.content(), shown.content()), backToVersions(ctx, k, id)))
                .orElseGet(() -> new ChangesPage(ctx.t("admin.changes.first"), null, backToVersions(ctx, k, id)));
        return pages.ok(ctx, "admin/changes", ctx.t("admin.changes.title", version, id), Map.of("page", page));
    }

    @Get("/{kind}/{id}/versies/{version}/voorbeeld")
    public HttpResponse<String> preview(String kind, String id, int version, Principal principal, HttpRequest<?> request) {
        principal.require(AdminApi.ADMIN_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        DefinitionKind k = DefinitionPaths.kind(kind, id);
        if (k != DefinitionKind.FORM) {
            throw ProblemException.notFound("definition.noPreview", id);
        }
        DeployedDefinition form = oneVersion(k, id, version);
        // The same renderer the resident's form page uses, with nothing filled in yet.
        var fields = FormRenderer.fields(FormDefinition.parse(form.content()), ctx.language(), Map.of(), Map.of(), Map.of());
        PreviewPage page = new PreviewPage(ctx.t("admin.preview.notice"), fields, backToVersions(ctx, k, id));
        return pages.ok(ctx, "admin/preview", ctx.t("admin.preview.title", version, id), Map.of("page", page));
    }

    @Get("/{kind}/{id}/versies/{version}/terugzetten")
    public HttpResponse<String> confirmRestore(String kind, String id, int version, Principal principal,
            HttpRequest<?> request) {
        principal.require(AdminApi.ADMIN_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        DefinitionKind k = DefinitionPaths.kind(kind, id);
        DeployedDefinition earlier = oneVersion(k, id, version);
        DeployedDefinition current = allVersions(k, id).get(0);
        if (current.version() == version) {
            throw ProblemException.conflict("definition.alreadyCurrent", id, version);
        }
        RestorePage page = new RestorePage(
                ctx.t("admin.restore.explain", version, current.version()),
                ctx.t("admin.restore.compare", current.version()),
                DiffViews.between(ctx, current.content(), earlier.content()),
                DefinitionPaths.version(k, id, version, "terugzetten"),
                ctx.t("admin.restore.confirm", version),
                new Link(DefinitionPaths.versions(k, id), ctx.t("admin.restore.cancel")));
        return pages.ok(ctx, "admin/restore", ctx.t("admin.restore.title", version, id), Map.of("page", page));
    }

    @Post(value = "/{kind}/{id}/versies/{version}/terugzetten", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> restore(String kind, String id, int version, Principal principal) {
        principal.require(AdminApi.ADMIN_ROLE);
        DefinitionKind k = DefinitionPaths.kind(kind, id);
        DeployedDefinition now = deployments.restore(k, id, version, principal.subject());
        return Pages.redirect(DefinitionPaths.versions(k, id) + "?hersteld=" + now.version());
    }

    private VersionsPage.VersionRow row(PageContext ctx, DeployedDefinition d, boolean current) {
        DefinitionKind k = d.kind();
        int v = d.version();
        return new VersionsPage.VersionRow(
                ctx.t("admin.versions.version", v),
                current,
                ctx.t(current ? "admin.versions.current" : "admin.versions.earlier"),
                d.restoredFrom() == null ? ctx.t("admin.versions.uploaded") : ctx.t("admin.versions.restoredFrom", d.restoredFrom()),
                d.deployedBy(),
                DeploymentDates.of(ctx, d.deployedAt()),
                new Link(DefinitionPaths.version(k, d.id(), v, "wijzigingen"), ctx.t("admin.versions.changes", v)),
                k == DefinitionKind.FORM ? new Link(DefinitionPaths.version(k, d.id(), v, "voorbeeld"),
                        ctx.t("admin.versions.preview", v)) : null,
                current ? null : new Link(DefinitionPaths.version(k, d.id(), v, "terugzetten"), ctx.t("admin.versions.restore", v)));
    }

    private List<DeployedDefinition> allVersions(DefinitionKind kind, String id) {
        List<DeployedDefinition> all = definitions.versions(kind, id);
        if (all.isEmpty()) {
            throw ProblemException.notFound("definition.unknown", id);
        }
        return all;
    }

    private DeployedDefinition oneVersion(DefinitionKind kind, String id, int version) {
        return definitions.find(kind, id, version)
                .orElseThrow(() -> ProblemException.notFound("definition.unknownVersion", id, version));
    }

    private static Link backToVersions(PageContext ctx, DefinitionKind kind, String id) {
        return new Link(DefinitionPaths.versions(kind, id), ctx.t("admin.back.versions"));
    }
}
