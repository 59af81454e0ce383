package nl.toegang.worker;

import java.util.Map;
import nl.toegang.core.jobs.JobType;

/**
 * Does the work of one BPMN service-task type. Zeebe delivers a job at least once, so a handler
 * must leave the same result when it runs twice for the same job.
 */
public interface JobHandler {

    JobType type();

    /**
     * @return variables to complete the job with (usually none)
     * @throws RuntimeException with a message an administrator can act on; the job fails and is retried
     */
    Map<String, Object> handle(Job job);
}
