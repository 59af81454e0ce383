package nl.toegang.core.documents;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.web.MultipartBody;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Wording;

/**
 * The documents kept with a case: a resident sends them (with the answer to an information request,
 * or on their own), the resident, whoever acts for them and the case workers of the case read them.
 * The file goes to S3; the case history records it ({@link CaseEvent.Type#DOCUMENT_ADDED}), so the
 * list of documents and the history can never disagree. Each file is checked on its own: one that is
 * refused does not undo the ones accepted with it.
 */
@Singleton
public class Documents {

    /** The purpose of a document the resident sent with the case itself, not with an answer. */
    public static final String CASE = "zaak";

    private final DocumentStore store;
    private final CaseEventRepository events;
    private final CaseAccess access;
    private final DocumentSettings settings;

    public Documents(DocumentStore store, CaseEventRepository events, CaseAccess access, DocumentSettings settings) {
        this.store = store;
        this.events = events;
        this.access = access;
        this.settings = settings;
    }

    /**
     * What became of an upload.
     *
     * @param refused per form field, why each refused file was refused, written in the reader's language later
     */
    public record Upload(List<Document> accepted, Map<String, List<Wording>> refused) {
        public boolean allAccepted() {
            return refused.isEmpty();
        }

        /** The refusal as the API gives it: 422 naming the field; the accepted files are kept. */
        public ProblemException problem() {
            return ProblemException.refused(refused, accepted.isEmpty() ? "document.refused" : "document.partlyRefused",
                    accepted.size());
        }
    }

    /** Keeps the files a resident sends with the case, each checked against the limits for its purpose. */
    public Upload store(Principal resident, String caseId, String purpose, List<MultipartBody.File> files) {
        CaseRecord c = access.ownCase(resident, caseId);
        List<Document> kept = new ArrayList<>(list(c.caseId(), purpose));
        List<Document> accepted = new ArrayList<>();
        Map<String, List<Wording>> refused = new LinkedHashMap<>();
        for (MultipartBody.File file : files) {
            Optional<FileType> type = FileType.of(file.content());
            String documentId = documentId(purpose, file.content());
            Optional<Document> same = kept.stream().filter(d -> d.documentId().equals(documentId)).findFirst();
            if (same.isPresent()) {
                accepted.add(same.get()); // sent before (a double submit): kept once
                continue;
            }
            Wording reason = refusal(file, type, kept);
            if (reason != null) {
                refused.computeIfAbsent(file.field(), f -> new ArrayList<>()).add(reason);
                continue;
            }
            Document d = keep(resident, c.caseId(), purpose, file, type.get(), documentId);
            kept.add(d);
            accepted.add(d);
        }
        return new Upload(accepted, refused);
    }

    private Wording refusal(MultipartBody.File file, Optional<FileType> type, List<Document> kept) {
        String name = file.fileName();
        if (file.content().length == 0) {
            return Wording.of("document.refused.empty", name);
        }
        if (file.content().length > settings.getMaxFileBytes()) {
            return Wording.of("document.refused.tooLarge", name, megabytes(settings.getMaxFileBytes()));
        }
        if (type.isEmpty()) {
            return Wording.of("document.refused.type", name);
        }
        if (kept.size() >= settings.getMaxFiles()) {
            return Wording.of("document.refused.tooMany", name, settings.getMaxFiles());
        }
        long total = kept.stream().mapToLong(Document::size).sum() + file.content().length;
        if (total > settings.getMaxTotalBytes()) {
            return Wording.of("document.refused.total", name, megabytes(settings.getMaxTotalBytes()));
        }
        return null;
    }

    private Document keep(Principal resident, String caseId, String purpose, MultipartBody.File file, FileType type,
            String documentId) {
        String key = "cases/" + caseId + "/" + documentId;
        store.put(key, type.contentType(), file.content());
        String fileName = safeName(file.fileName(), type);
        CaseEvent event = CaseEvent.of(caseId, CaseEvent.Type.DOCUMENT_ADDED, resident.subject(), resident.name(), true,
                Map.of("documentId", documentId, "purpose", purpose, "fileName", fileName,
                        "contentType", type.contentType(), "size", file.content().length, "key", key));
        // Two identical uploads at the same moment both write the same object; only one writes the line.
        events.appendOnce(event, "document:" + documentId);
        return toDocument(event);
    }

    /** Every document of the case, oldest first. */
    public List<Document> list(String caseId) {
        return events.list(caseId).stream()
                .filter(e -> e.type() == CaseEvent.Type.DOCUMENT_ADDED)
                .map(Documents::toDocument)
                .toList();
    }

    public List<Document> list(String caseId, String purpose) {
        return list(caseId).stream().filter(d -> d.purpose().equals(purpose)).toList();
    }

    /** A document with its content. */
    public record Download(Document document, byte[] content) {}

    /** For the resident of the case or whoever acts for them. */
    public Download forResident(Principal resident, String caseId, String documentId) {
        CaseRecord c = access.ownCase(resident, caseId);
        return download(find(c.caseId(), documentId));
    }

    /** For a case worker who may see the case; the history records that they opened it. */
    public Download forWorker(Principal worker, String caseId, String documentId) {
        Document d = find(caseId, documentId);
        access.caseForWorker(worker, caseId, Map.of("document", d.fileName()));
        return download(d);
    }

    private Document find(String caseId, String documentId) {
        return list(caseId).stream().filter(d -> d.documentId().equals(documentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("document.unknown"));
    }

    private Download download(Document d) {
        return new Download(d, store.get(d.key()));
    }

    private static Document toDocument(CaseEvent e) {
        return new Document(e.text("documentId"), e.caseId(), e.text("purpose"), e.text("fileName"), e.text("contentType"),
                e.data().get("size") instanceof Number n ? n.longValue() : 0L, e.text("key"), e.actor(), e.actorName(), e.at());
    }

    /**
     * The name as sent without characters that could break a header or a page, and with the extension
     * of what the file is, so "scan.PDF" stays and "foto" becomes "foto.jpg".
     */
    static String safeName(String sent, FileType type) {
        String name = sent.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|]", "_").strip();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        if (name.isEmpty()) {
            name = "document";
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean fits = lower.endsWith("." + type.extension()) || (type == FileType.JPEG && lower.endsWith(".jpeg"));
        return fits ? name : name + "." + type.extension();
    }

    private static String documentId(String purpose, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
