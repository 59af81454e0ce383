package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.Map;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.penalty.DefaultNotices;

/**
 * {@code toegang.dwangsom-berekenen}: the penalty for not deciding in time as it stands when the
 * decision was sent or the maximum reached, for the team lead's task to settle it: days, amount and
 * the day by which the municipality decides on it (Awb 4:18).
 */
@Singleton
public class PenaltySettlementHandler implements JobHandler {

    private final DefaultNotices notices;

    public PenaltySettlementHandler(DefaultNotices notices) {
        this.notices = notices;
    }

    @Override
    public JobType type() {
        return JobType.PENALTY_SETTLEMENT;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        return notices.settlement(job.caseId());
    }
}
