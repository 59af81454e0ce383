package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.Map;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.jobs.JobType;

/** {@code toegang.withdraw-case}: the resident withdrew the request; the case ends as WITHDRAWN. */
@Singleton
public class WithdrawCaseHandler implements JobHandler {

    private final CaseClosing closing;

    WithdrawCaseHandler(CaseClosing closing) {
        this.closing = closing;
    }

    @Override
    public JobType type() {
        return JobType.WITHDRAW_CASE;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        closing.close(job, CaseStatus.WITHDRAWN);
        return Map.of();
    }
}
