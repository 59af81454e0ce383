package nl.toegang.caseworker;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.documents.DocumentResponses;
import nl.toegang.core.documents.Documents;

/**
 * The documents residents sent, for the case workers of the case: listed on the case file, opened
 * from it (page link or API). Every opening is a line in the history.
 */
@Controller
@SecurityRequirement(name = "bearer")
@Tag(name = "Case workers")
public class CaseFileDocuments {

    private final Documents documents;
    private final CaseAccess access;

    public CaseFileDocuments(Documents documents, CaseAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @Introspected
    public record DocumentView(String documentId, String fileName, String contentType, long size, String purpose,
            String sentBy, Instant sentAt) {}

    @Operation(summary = "The documents the resident sent with the case")
    @Get("/api/case-files/{caseId}/documents")
    public List<DocumentView> list(String caseId, @Parameter(hidden = true) Principal principal) {
        String id = access.caseForWorker(principal, caseId).caseId();
        return documents.list(id).stream().map(d -> new DocumentView(d.documentId(), d.fileName(), d.contentType(), d.size(),
                d.purpose(), d.uploadedByName(), d.uploadedAt())).toList();
    }

    @Operation(summary = "One document as it was sent; the history records who opened it")
    @Get(value = "/api/case-files/{caseId}/documents/{documentId}", produces = {"application/pdf", "image/jpeg", "image/png"})
    public HttpResponse<byte[]> download(String caseId, String documentId, @Parameter(hidden = true) Principal principal) {
        return DocumentResponses.of(documents.forWorker(principal, caseId, documentId));
    }

    /** The link on the case file page (the session cookie, not a bearer token). */
    @Get(value = "/werk/zaken/{caseId}/documenten/{documentId}", produces = {"application/pdf", "image/jpeg", "image/png"})
    @io.swagger.v3.oas.annotations.Hidden
    public HttpResponse<byte[]> open(String caseId, String documentId, Principal principal) {
        return DocumentResponses.of(documents.forWorker(principal, caseId, documentId));
    }
}
