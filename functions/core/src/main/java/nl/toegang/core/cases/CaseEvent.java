package nl.toegang.core.cases;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a case's history. Letters and notifications are events too, so the resident's page
 * and the case file read from one place.
 *
 * @param actor subject of who did it, or {@code systeem} for the process itself
 * @param visibleToResident whether the resident sees this line on their own page
 */
public record CaseEvent(
        String caseId,
        String eventId,
        Instant at,
        Type type,
        String actor,
        String actorName,
        boolean visibleToResident,
        Map<String, Object> data) {

    public enum Type {
        SUBMITTED,
        PROCESS_STARTED,
        STATUS_CHANGED,
        TASK_CREATED,
        TASK_CLAIMED,
        TASK_COMPLETED,
        /** A team lead gave the task to a colleague ({@code assigneeName}). */
        TASK_ASSIGNED,
        /** Its holder gave the task back to the team. */
        TASK_RELEASED,
        APPLICATION_SUBMITTED,
        LETTER,
        NOTIFICATION,
        WITHDRAWAL_REQUESTED,
        CLOSED,
        VIEWED,
        /** A case worker's note; its text is in {@code data.text}. Never shown to the resident. */
        NOTE_ADDED,
        /** A part of this request was started for another law ({@code part}, {@code partCaseId}). */
        PART_ADDED,
        /** A household member (or who acts for them) gave consent to share ({@code consentId}, {@code memberBsn}, {@code scope}). */
        CONSENT_GIVEN,
        /** A consent was revoked ({@code consentId}); a second revoke adds no line. */
        CONSENT_REVOKED,
        /** A case worker shared without consent because safety is at stake ({@code overrideId}, {@code reason}). */
        SAFETY_OVERRIDE,
        /** A team lead saw a safety override ({@code overrideId}). */
        SAFETY_OVERRIDE_SEEN,
        /** A case worker asked to break through a rule for the household ({@code doorbraakId}). */
        DOORBRAAK_REQUESTED,
        /** The doorbraakfunctionaris granted or refused ({@code doorbraakId}, {@code outcome}). */
        DOORBRAAK_DECIDED
    }

    public static final String SYSTEM = "systeem";

    public static CaseEvent of(String caseId, Type type, String actor, String actorName, boolean visibleToResident,
            Map<String, Object> data) {
        Instant now = Instant.now();
        return new CaseEvent(caseId, now + "#" + java.util.UUID.randomUUID(), now, type, actor, actorName,
                visibleToResident, data);
    }

    public String text(String key) {
        Object v = data.get(key);
        return v == null ? "" : v.toString();
    }
}
