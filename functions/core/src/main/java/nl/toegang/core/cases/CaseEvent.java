package nl.toegang.core.cases;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
        /** A household was started from a case ({@code caseId}); keyed by the household id. */
        HOUSEHOLD_STARTED,
        /** A worker took on the coordination of a household. */
        HOUSEHOLD_COORDINATOR_TAKEN,
        /** The coordination went to a colleague ({@code fromName}, {@code toName}, {@code reason}). */
        HOUSEHOLD_COORDINATOR_HANDED_OVER,
        /** A member was added ({@code name}, {@code relation}). */
        HOUSEHOLD_MEMBER_ADDED,
        /** A member's relation changed ({@code name}, {@code from}, {@code relation}). */
        HOUSEHOLD_MEMBER_CHANGED,
        /** A member was taken out of the household ({@code name}). */
        HOUSEHOLD_MEMBER_REMOVED,
        /** A worker changed the household's plan ({@code goals}, {@code reviewDate}); keyed by the household id. */
        PLAN_CHANGED,
        /** A member reacted to the plan ({@code text}); keyed by the household id. */
        PLAN_REACTION,
        /** A worker called an MDO on the household ({@code mdoId}, {@code date}). */
        MDO_CALLED,
        /** The MDO's outcome and agreements were recorded ({@code mdoId}). */
        MDO_RECORDED,
        /** An MDO agreement became a plan action ({@code mdoId}, {@code agreement}, {@code goalId}). */
        MDO_AGREEMENT_TO_ACTION,
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
        DOORBRAAK_DECIDED,
        /** The decision term started ({@code deadline}, {@code term}, {@code source}, {@code step}). */
        DEADLINE_SET,
        /** A case worker asked the resident for information; the clock stands still ({@code requestId}, {@code question}, {@code answerBy}, {@code deadline}). */
        INFORMATION_REQUESTED,
        /** The resident answered an information request ({@code requestId}, {@code answer}, {@code suspendedDays}, {@code deadline}). */
        INFORMATION_RECEIVED,
        /** A case worker extended the decision term once, Awb 4:14 ({@code until}, {@code reason}, {@code deadline}). */
        DEADLINE_EXTENDED,
        /** On the decided case: someone objected to its decision ({@code objectionId}, {@code late}). */
        OBJECTION_MADE,
        /** On the decided case: the decision on the objection ({@code objectionId}, {@code outcome}: gegrond, ongegrond, niet-ontvankelijk). */
        OBJECTION_DECIDED,
        /** A resident sent a document ({@code documentId}, {@code purpose}, {@code fileName}, {@code contentType}, {@code size}, {@code key}). */
        DOCUMENT_ADDED,
        /** The resident gave notice of default, Awb 4:17 ({@code receivedOn}, {@code deadline}); once per case. */
        DEFAULT_NOTICE_RECEIVED
    }

    public static final String SYSTEM = "systeem";

    public static CaseEvent of(String caseId, Type type, String actor, String actorName, boolean visibleToResident,
            Map<String, Object> data) {
        Instant now = Instant.now();
        return new CaseEvent(caseId, now + "#" + UUID.randomUUID(), now, type, actor, actorName,
                visibleToResident, data);
    }

    public String text(String key) {
        Object v = data.get(key);
        return v == null ? "" : v.toString();
    }
}
