package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.tasks.TaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ends a case: its final status, the date it may be removed, and no task left open for it. */
@Singleton
class CaseClosing {

    private static final Logger LOG = LoggerFactory.getLogger(CaseClosing.class);

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final TaskRepository tasks;
    private final RetentionSettings retention;

    CaseClosing(CaseRepository cases, CaseEventRepository events, TaskRepository tasks, RetentionSettings retention) {
        this.cases = cases;
        this.events = events;
        this.tasks = tasks;
        this.retention = retention;
    }

    void close(Job job, CaseStatus status) {
        String caseId = job.caseId();
        Instant expiresAt = Instant.now().plus(retention.getAfterClose());
        boolean closedNow = cases.updateStatus(caseId, status, expiresAt);
        CaseStatus finalStatus = status;
        if (!closedNow) {
            CaseRecord current = cases.find(caseId).orElseThrow(() -> CaseNotFound.at(job, caseId));
            finalStatus = current.status();
        }
        // Also after a redelivery or a race with a withdrawal: nobody should work on a closed case.
        // After the status, never before: a user task projected meanwhile is then either found here
        // or sees the final status itself (UserTaskProjector), whatever the order.
        tasks.cancelOpenTasks(caseId);
        if (finalStatus != status) {
            LOG.info("Case {} was already {} when element {} tried to close it as {}", caseId, finalStatus,
                    job.elementId(), status);
            return;
        }
        // Written also when the status was set by an earlier delivery that ended before this event.
        events.appendOnce(CaseEvent.of(caseId, CaseEvent.Type.CLOSED, CaseEvent.SYSTEM, null, true,
                Map.of("status", status.name())), job.dedupeKey());
        // The history and the tasks hold the same personal data as the case: they go with it.
        events.expireAll(caseId, expiresAt);
        tasks.expireAll(caseId, expiresAt);
    }
}
