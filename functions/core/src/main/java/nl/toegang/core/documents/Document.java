package nl.toegang.core.documents;

import java.time.Instant;

/**
 * A document kept with a case. The file itself is in S3 under {@code key}; this is what the case
 * history records about it.
 *
 * @param documentId the same for the same file sent twice for the same purpose, so a double submit keeps one
 * @param purpose what it was sent with: the id of the information request it answers, or {@link Documents#CASE}
 * @param contentType what the content is by its first bytes, not what the sender said
 */
public record Document(String documentId, String caseId, String purpose, String fileName, String contentType, long size,
        String key, String uploadedBy, String uploadedByName, Instant uploadedAt) {}
