package nl.toegang.core.cases;

import java.util.Arrays;

/**
 * Where a case is, in words a resident understands (texts in the messages bundles under
 * {@code status.<NAME>}). The BPMN model sets these through the toegang.case-status job.
 */
public enum CaseStatus {
    RECEIVED,
    TRIAGE,
    URGENT,
    INVESTIGATION,
    AWAITING_APPLICATION,
    DECISION,
    ASSIGNMENT,
    CLOSED_ADVICE,
    CLOSED_GRANTED,
    CLOSED_REJECTED,
    CLOSED_REFERRED,
    WITHDRAWN,
    /** A signal about someone was followed up: contact was sought and help offered; the outcome is in the case. */
    CLOSED_FOLLOWED_UP,
    // --- Participatiewet ---
    /** A bijstand aanvraag waits for the documents the resident hands in. */
    AWAITING_DOCUMENTS,
    /** Money or a scheme granted under the Participatiewet: no care provider follows, unlike CLOSED_GRANTED. */
    CLOSED_GRANTED_INCOME,
    /** A request ("Uw vraag") split into parts; each part is a case of its own with its own status. */
    SPLIT,
    // --- reconsideration ---
    /** A case worker asked a team lead to reconsider a rejection before its letter goes out. */
    RECONSIDERATION,
    // --- support that runs ---
    /** Granted support runs between the decision's start and end date; the case stays open (ondersteuning.bpmn). */
    SUPPORT_RUNNING,
    /** Before the end date a case worker looks again at the running support (herindicatie): extend, less, or stop. */
    REASSESSMENT,
    /** The support's end date passed without a new decision: the support has ended. */
    CLOSED_SUPPORT_ENDED,
    /** The re-assessment decided to stop: the support still runs until its end date, then the case closes. */
    SUPPORT_ENDING,
    // --- objection (bezwaar) --- statuses of an objection, which is a case of its own
    /** The objection handler studies the objection (and the file of the decision objected to). */
    OBJECTION_HANDLING,
    /** The objector is invited to be heard (hoorzitting, Awb 7:2). */
    OBJECTION_HEARING,
    /** The objection is well-founded: the decision is revoked and a new one is made (Awb 7:11). */
    CLOSED_OBJECTION_UPHELD,
    /** The objection is unfounded: the decision stands. */
    CLOSED_OBJECTION_DISMISSED,
    /** The objection is not dealt with on its merits, e.g. late without a good reason (Awb 6:11). */
    CLOSED_OBJECTION_INADMISSIBLE;

    public boolean isFinal() {
        return name().startsWith("CLOSED_") || this == WITHDRAWN;
    }

    /**
     * The support was decided and runs (or is being re-assessed, or is ending): the application
     * cannot be withdrawn any more; the re-assessment or an objection is the way to change it.
     */
    public boolean supportRuns() {
        return this == SUPPORT_RUNNING || this == REASSESSMENT || this == SUPPORT_ENDING;
    }

    /** Parses a status named in a BPMN header, with a message an administrator can act on. */
    public static CaseStatus fromHeader(String value) {
        try {
            return valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown case status '" + value + "'. Use one of "
                    + Arrays.toString(values()));
        }
    }
}
