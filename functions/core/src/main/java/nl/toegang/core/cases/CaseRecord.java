package nl.toegang.core.cases;

import java.time.Instant;
import java.util.Map;

/**
 * A resident's request: the submitted form values and where it stands.
 *
 * @param ownerId the subject of the person who submitted it (a resident or someone acting for them)
 * @param processStarted false while the submission waits for Zeebe to accept it
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
        boolean processStarted) {

    public boolean ownedBy(String subject) {
        return ownerId.equals(subject);
    }
}
