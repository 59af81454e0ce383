package nl.toegang.core.cases;

import java.time.Instant;
import java.util.Map;

/**
 * A resident's request: the submitted form values and where it stands.
 *
 * @param ownerId the subject of the person who submitted it (a resident or someone acting for them)
 * @param processStarted false while the submission waits for Zeebe to accept it
 * @param partOf set when this case is one part of a request split over several laws; null otherwise
 * @param clientBsn the BSN of the person the case is about (the person helped); null when the form names nobody
 * @param clientName that person's name as the form gives it
 * @param sender who sent it: the person themselves, a representative, the loket, a referrer or a signaller
 */
public record CaseRecord(
        String caseId,
        String ownerId,
        String ownerName,
        String formId,
        int formVersion,
        String law,
        Map<String, Object> values,
        CaseStatus status,
        Instant createdAt,
        boolean processStarted,
        Part partOf,
        String clientBsn,
        String clientName,
        CaseSender sender) {

    public CaseRecord {
        sender = sender == null ? CaseSender.self(ownerId, ownerName == null ? "" : ownerName) : sender;
    }

    /**
     * @param requestId the case id of the whole request ("Uw vraag")
     * @param part the configured part ({@code toegang.parts.<part>}), which names its route and team
     * @param question the part's question in the words of the worker who split the request; may be empty
     */
    public record Part(String requestId, String part, String question) {}

    public boolean ownedBy(String subject) {
        return ownerId.equals(subject);
    }

    public boolean about(String bsn) {
        return clientBsn != null && clientBsn.equals(bsn);
    }
}
