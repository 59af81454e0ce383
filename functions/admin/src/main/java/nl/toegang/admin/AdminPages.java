package nl.toegang.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toegang.auth.Principal;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.definitions.UntranslatedTexts;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;
import nl.toegang.core.web.MultipartBody;
import nl.toegang.core.web.RawBody;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.ProblemException;
import nl.toegang.pages.admin.AdminPage;
import nl.toegang.pages.admin.ReadabilityView;

/** The administration page: upload new versions, see what is deployed. */
@Controller(value = "/beheer", produces = MediaType.TEXT_HTML)
@Hidden
public class AdminPages {

    private final DeploymentService deployments;
    private final Pages pages;
    private final DefinitionRepository definitions;

    public AdminPages(DeploymentService deployments, DefinitionRepository definitions, Pages pages) {
        this.deployments = deployments;
        this.pages = pages;
        this.definitions = definitions;
    }

    @Get
    public HttpResponse<String> overview(Principal principal, HttpRequest<?> request) {
        principal.require(AdminApi.ADMIN_ROLE);
        return page(PageContext.of(request, principal), List.of(), null, List.of(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<String> deploy(@Header("Content-Type") String contentType, Principal principal,
            HttpRequest<?> request) {
        principal.require(AdminApi.ADMIN_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        try {
            List<DeploymentFile> files = MultipartBody.parse(contentType, RawBody.bytes(request)).files().stream()
                    .map(f -> new DeploymentFile(f.fileName(), f.content())).toList();
            List<DeployedDefinition> deployed = deployments.deploy(files, principal.subject());
            return page(ctx, deployed.stream().map(d -> d.resourceName() + ": " + d.id() + " v" + d.version()).toList(),
                    null, List.of(), untranslated(ctx, deployments.untranslated(files)),
                    ReadabilityViews.views(ctx, deployed), HttpStatus.OK);
        } catch (ProblemException problem) {
            List<ProblemException.FieldError> reasons = problem.errors(ctx.texts());
            List<String> errors = reasons.isEmpty() ? List.of(problem.detail(ctx.texts()))
                    : reasons.stream().map(ProblemException.FieldError::detail).toList();
            return page(ctx, List.of(), ctx.t("error." + problem.status()), errors, List.of(), List.of(),
                    HttpStatus.valueOf(problem.status()));
        }
    }

    /** "wmo-melding: 3 teksten zonder Pools: Voornaam, ...", in the administrator's language. */
    static List<String> untranslated(PageContext ctx, List<UntranslatedTexts> report) {
        return report.stream()
                .map(u -> ctx.t("admin.untranslated", u.formId(), u.texts().size(), languageName(ctx, u.language()),
                        u.texts().stream().map(AdminPages::shortened).collect(Collectors.joining(", "))))
                .toList();
    }

    /** The language's name in the reader's language; its own name when the reader's bundle does not name it. */
    private static String languageName(PageContext ctx, Language language) {
        return ctx.texts().getOrDefault("language.nameOf." + language.code(), Texts.of(language).get("language.name"));
    }

    /** A text component can be a paragraph; the start says which one it is. */
    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57).strip() + "…";
    }

    private HttpResponse<String> page(PageContext ctx, List<String> deployed, String errorTitle, List<String> errors,
            HttpStatus status) {
        return page(ctx, deployed, errorTitle, errors, List.of(), List.of(), status);
    }

    private HttpResponse<String> page(PageContext ctx, List<String> deployed, String errorTitle, List<String> errors,
            List<String> untranslated, List<ReadabilityView> readability, HttpStatus status) {
        // listAll is newest version first per definition: the first of each is the one new cases use.
        Map<String, DeployedDefinition> current = new LinkedHashMap<>();
        definitions.listAll().forEach(d -> current.putIfAbsent(d.resourceId(), d));
        List<AdminPage.DefinitionRow> rows = current.values().stream()
                .map(d -> new AdminPage.DefinitionRow(ctx.t("admin.kind." + d.kind().name()), d.id(),
                        DefinitionPaths.versions(d.kind(), d.id()), d.version(), d.deployedBy(),
                        DeploymentDates.of(ctx, d.deployedAt())))
                .toList();
        return pages.respond(status, ctx, "admin/overview", ctx.t("admin.title"),
                Map.of("page", new AdminPage(deployed, errorTitle, errors, rows, untranslated, readability,
                        readability.isEmpty() ? null : ctx.t("admin.readability.advice"))));
    }
}
