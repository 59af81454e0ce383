package nl.toegang.resident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.documents.DocumentResponses;
import nl.toegang.core.documents.DocumentRows;
import nl.toegang.core.documents.DocumentSettings;
import nl.toegang.core.documents.Documents;
import nl.toegang.core.web.AcceptsUploads;
import nl.toegang.core.web.MultipartBody;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.RawBody;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.documents.DocumentUpload;

/** "Documenten": what the resident sent with their case, and the form to send more. */
@Controller(value = "/mijn-aanvragen/{caseId}/documenten", produces = MediaType.TEXT_HTML)
@Hidden
public class CaseDocumentsPage {

    private final Documents documents;
    private final DocumentSettings settings;
    private final CaseAccess access;
    private final Pages pages;

    public CaseDocumentsPage(Documents documents, DocumentSettings settings, CaseAccess access, Pages pages) {
        this.documents = documents;
        this.settings = settings;
        this.access = access;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> show(String caseId, @Nullable @QueryValue Integer bewaard, Principal principal,
            HttpRequest<?> request) {
        String id = access.ownCase(principal, caseId).caseId();
        PageContext ctx = PageContext.of(request, principal);
        return page(ctx, id, List.of(), bewaard == null ? null : ctx.t("documents.kept", bewaard), HttpStatus.OK);
    }

    /** Every acceptable file is kept, also when another one in the same send is refused. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @AcceptsUploads
    public HttpResponse<String> send(String caseId, @Header("Content-Type") String contentType, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        MultipartBody body;
        try {
            body = MultipartBody.parse(contentType, RawBody.upload(request));
        } catch (ProblemException tooLarge) {
            return page(ctx, access.ownCase(principal, caseId).caseId(), List.of(tooLarge.detail(ctx.texts())), null,
                    HttpStatus.valueOf(tooLarge.status()));
        }
        Documents.Upload upload = documents.store(principal, caseId, Documents.CASE, body.files());
        if (upload.allAccepted()) {
            return Pages.redirect("/mijn-aanvragen/" + caseId + "/documenten?bewaard=" + upload.accepted().size());
        }
        List<String> errors = upload.problem().errors(ctx.texts()).stream().map(ProblemException.FieldError::detail).toList();
        String kept = upload.accepted().isEmpty() ? null : ctx.t("documents.kept", upload.accepted().size());
        return page(ctx, caseId, errors, kept, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Get(value = "/{documentId}", produces = {"application/pdf", "image/jpeg", "image/png"})
    public HttpResponse<byte[]> download(String caseId, String documentId, Principal principal) {
        return DocumentResponses.of(documents.forResident(principal, caseId, documentId));
    }

    private HttpResponse<String> page(PageContext ctx, String caseId, List<String> errors, String kept, HttpStatus status) {
        String field = CaseDocumentsApi.FILES_FIELD;
        ErrorSummary summary = errors.isEmpty() ? null : new ErrorSummary(ctx.t("documents.errorTitle"),
                errors.stream().map(e -> new ErrorSummary.Link("#" + field, e)).toList());
        String base = "/mijn-aanvragen/" + caseId + "/documenten";
        DocumentUpload upload = new DocumentUpload(caseId, base, field, hint(ctx),
                DocumentRows.of(ctx, documents.list(caseId), d -> base + "/" + d.documentId()), summary, errors, kept);
        return pages.respond(status, ctx, "documents/upload", ctx.t("documents.title", caseId), Map.of("upload", upload));
    }

    private String hint(PageContext ctx) {
        return ctx.t("documents.hint", settings.getMaxFileBytes() / (1024 * 1024), settings.getMaxFiles(),
                settings.getMaxTotalBytes() / (1024 * 1024));
    }
}
