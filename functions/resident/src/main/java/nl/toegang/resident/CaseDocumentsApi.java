package nl.toegang.resident;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.documents.Document;
import nl.toegang.core.documents.Documents;
import nl.toegang.core.web.AcceptsUploads;
import nl.toegang.core.web.MultipartBody;
import nl.toegang.core.web.RawBody;

/** The documents of a case in the resident's API: send (multipart/form-data, field {@code bestanden}), list, download. */
@Controller("/api/cases/{caseId}/documents")
@SecurityRequirement(name = "bearer")
@Tag(name = "Residents")
public class CaseDocumentsApi {

    /** The file input of the pages and the API alike. */
    public static final String FILES_FIELD = "bestanden";
    /** Optional: the id of the information request the files answer; without it they belong to the case. */
    public static final String PURPOSE_FIELD = "doel";

    private final Documents documents;
    private final CaseAccess access;

    public CaseDocumentsApi(Documents documents, CaseAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @Introspected
    public record DocumentView(String documentId, String fileName, String contentType, long size, String purpose,
            Instant sentAt) {
        static DocumentView of(Document d) {
            return new DocumentView(d.documentId(), d.fileName(), d.contentType(), d.size(), d.purpose(), d.uploadedAt());
        }
    }

    @Operation(summary = "Send documents with the case: PDF, JPG or PNG, each at most 4 MB. Each file is checked on its "
            + "own: when one is refused (422, naming the field), the others are kept.")
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @AcceptsUploads
    public HttpResponse<List<DocumentView>> send(String caseId, @Header("Content-Type") String contentType,
            HttpRequest<?> request, @Parameter(hidden = true) Principal principal) {
        MultipartBody body = MultipartBody.parse(contentType, RawBody.upload(request));
        String purpose = body.field(PURPOSE_FIELD) == null || body.field(PURPOSE_FIELD).isBlank()
                ? Documents.CASE : body.field(PURPOSE_FIELD).strip();
        Documents.Upload upload = documents.store(principal, caseId, purpose, body.files());
        if (!upload.allAccepted()) {
            throw upload.problem();
        }
        return HttpResponse.created(upload.accepted().stream().map(DocumentView::of).toList());
    }

    @Get
    public List<DocumentView> list(String caseId, @Parameter(hidden = true) Principal principal) {
        String id = access.ownCase(principal, caseId).caseId();
        return documents.list(id).stream().map(DocumentView::of).toList();
    }

    @Operation(summary = "The document as it was sent")
    @Get(value = "/{documentId}", produces = {"application/pdf", "image/jpeg", "image/png"})
    public HttpResponse<byte[]> download(String caseId, String documentId, @Parameter(hidden = true) Principal principal) {
        return nl.toegang.core.documents.DocumentResponses.of(documents.forResident(principal, caseId, documentId));
    }
}
