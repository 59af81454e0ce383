package nl.toegang.admin;

import static nl.toegang.forms.Html.escape;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.web.RawBody;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.ProblemException;

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
        return page(PageContext.of(request, principal), "", HttpStatus.OK);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<String> deploy(@Header("Content-Type") String contentType, Principal principal,
            HttpRequest<?> request) {
        principal.require(AdminApi.ADMIN_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        try {
            List<DeployedDefinition> deployed = deployments.deploy(MultipartFiles.parse(contentType, RawBody.bytes(request)), principal.subject());
            StringBuilder done = new StringBuilder("<div class=\"panel\" role=\"status\"><p>")
                    .append(escape(ctx.t("admin.deployed"))).append("</p><ul>");
            deployed.forEach(d -> done.append("<li>").append(escape(d.resourceName())).append(": ").append(escape(d.id()))
                    .append(" v").append(d.version()).append("</li>"));
            return page(ctx, done.append("</ul></div>").toString(), HttpStatus.OK);
        } catch (ProblemException problem) {
            StringBuilder errors = new StringBuilder("<div class=\"error-summary\" role=\"alert\"><h2>")
                    .append(escape(ctx.t("error." + problem.status()))).append("</h2><ul>");
            if (problem.fieldErrors().isEmpty()) {
                errors.append("<li>").append(escape(problem.detail(ctx.texts()))).append("</li>");
            }
            problem.fieldErrors().values().forEach(e -> errors.append("<li>").append(escape(e)).append("</li>"));
            return page(ctx, errors.append("</ul></div>").toString(), HttpStatus.valueOf(problem.status()));
        }
    }

    private HttpResponse<String> page(PageContext ctx, String message, HttpStatus status) {
        StringBuilder body = new StringBuilder(message);
        body.append("<h2>").append(escape(ctx.t("admin.upload"))).append("</h2><p>").append(escape(ctx.t("admin.uploadExplain")))
                .append("</p><form method=\"post\" action=\"/beheer\" enctype=\"multipart/form-data\"><div class=\"field\">")
                .append("<label for=\"files\">").append(escape(ctx.t("admin.files"))).append("</label>")
                .append("<input type=\"file\" id=\"files\" name=\"files\" multiple accept=\".bpmn,.dmn,.form\"></div>")
                .append("<button type=\"submit\">").append(escape(ctx.t("admin.deploy"))).append("</button></form>")
                .append("<h2>").append(escape(ctx.t("admin.versions"))).append("</h2><table><thead><tr>");
        for (String h : List.of("admin.kind", "admin.id", "admin.version", "admin.by", "admin.at")) {
            body.append("<th scope=\"col\">").append(escape(ctx.t(h))).append("</th>");
        }
        body.append("</tr></thead><tbody>");
        for (DeployedDefinition d : definitions.listAll()) {
            body.append("<tr><td>").append(escape(d.kind().name().toLowerCase())).append("</td><td>").append(escape(d.id()))
                    .append("</td><td>").append(d.version()).append("</td><td>").append(escape(d.deployedBy()))
                    .append("</td><td>").append(escape(Dates.dateTime(ctx, d.deployedAt()))).append("</td></tr>");
        }
        body.append("</tbody></table>");
        return pages.javaBody(status, ctx, ctx.t("admin.title"), body.toString());
    }
}
