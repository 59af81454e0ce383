package nl.toegang.worker;

import nl.toegang.core.cases.CaseStatus;

/** Reads the {@code status} header, naming the element when its value is not a known status. */
final class StatusHeader {

    static final String NAME = "status";

    private StatusHeader() {}

    static CaseStatus read(Job job) {
        String value = job.requiredHeader(NAME);
        try {
            return CaseStatus.fromHeader(value);
        } catch (IllegalArgumentException e) {
            throw new JobFailedException(e.getMessage() + " (header '" + NAME + "' on element '" + job.elementId() + "')", e);
        }
    }
}
