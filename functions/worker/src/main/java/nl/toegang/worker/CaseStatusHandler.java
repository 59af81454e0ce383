package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.jobs.JobType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code toegang.case-status}: sets the status the resident sees on their page. */
@Singleton
public class CaseStatusHandler implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CaseStatusHandler.class);

    private final CaseRepository cases;
    private final CaseEventRepository events;

    public CaseStatusHandler(CaseRepository cases, CaseEventRepository events) {
        this.cases = cases;
        this.events = events;
    }

    @Override
    public JobType type() {
        return JobType.CASE_STATUS;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        CaseStatus status = StatusHeader.read(job);
        if (status.isFinal()) {
            // A final status set here would leave open tasks behind and no retention date.
            throw new JobFailedException("Status " + status + " on element '" + job.elementId()
                    + "' ends the case; use job type " + JobType.CLOSE_CASE.type() + " to close a case.");
        }
        String caseId = job.caseId();
        if (!cases.updateStatus(caseId, status, null)) {
            var current = cases.find(caseId).orElseThrow(() -> CaseNotFound.at(job, caseId));
            // A late job of a case closed or withdrawn meanwhile must not change what the resident sees.
            LOG.info("Case {} is already {}; status {} from element {} is not applied", caseId, current.status(), status,
                    job.elementId());
            return Map.of();
        }
        events.appendOnce(CaseEvent.of(caseId, CaseEvent.Type.STATUS_CHANGED, CaseEvent.SYSTEM, null, true,
                Map.of("status", status.name())), job.dedupeKey());
        return Map.of();
    }
}
