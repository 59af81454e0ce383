package nl.toegang.core.cases;

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
    WITHDRAWN;

    public boolean isFinal() {
        return name().startsWith("CLOSED_") || this == WITHDRAWN;
    }

    /** Parses a status named in a BPMN header, with a message an administrator can act on. */
    public static CaseStatus fromHeader(String value) {
        try {
            return valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown case status '" + value + "'. Use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
