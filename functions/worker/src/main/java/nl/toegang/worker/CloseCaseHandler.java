package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Map;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.jobs.JobType;

/** {@code toegang.close-case}: closes the case with the outcome in header {@code status} (a CLOSED_* status). */
@Singleton
public class CloseCaseHandler implements JobHandler {

    private final CaseClosing closing;

    CloseCaseHandler(CaseClosing closing) {
        this.closing = closing;
    }

    @Override
    public JobType type() {
        return JobType.CLOSE_CASE;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        CaseStatus status = StatusHeader.read(job);
        if (!status.name().startsWith("CLOSED_")) {
            throw new JobFailedException("Header 'status' on element '" + job.elementId() + "' is " + status
                    + "; closing a case needs one of " + closedStatuses() + ". A withdrawal uses job type "
                    + JobType.WITHDRAW_CASE.type() + ".");
        }
        closing.close(job, status);
        return Map.of();
    }

    private static String closedStatuses() {
        return Arrays.stream(CaseStatus.values()).filter(s -> s.name().startsWith("CLOSED_")).toList().toString();
    }
}
