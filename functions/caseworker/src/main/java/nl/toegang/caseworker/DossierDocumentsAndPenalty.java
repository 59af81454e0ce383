package nl.toegang.caseworker;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import nl.toegang.core.documents.DocumentRows;
import nl.toegang.core.documents.Documents;
import nl.toegang.core.penalty.DefaultNotices;
import nl.toegang.core.penalty.PenaltyWords;
import nl.toegang.core.web.PageContext;

/** On the case file: the documents the resident sent, with links to open them, and the penalty when the term passed. */
@Singleton
public class DossierDocumentsAndPenalty {

    private final Documents documents;
    private final DefaultNotices notices;

    public DossierDocumentsAndPenalty(Documents documents, DefaultNotices notices) {
        this.documents = documents;
        this.notices = notices;
    }

    /** The template parameters {@code documents} and, when there is something to say, {@code penalty}. */
    Map<String, Object> params(PageContext ctx, String caseId) {
        Map<String, Object> params = new HashMap<>();
        params.put("documents", DocumentRows.of(ctx, documents.list(caseId),
                d -> "/werk/zaken/" + caseId + "/documenten/" + d.documentId()));
        notices.state(caseId).map(s -> PenaltyWords.forWorker(ctx, s)).ifPresent(p -> params.put("penalty", p));
        return params;
    }
}
