package nl.toegang.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.toegang.core.engine.EngineErrors;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.tasks.UserTaskProjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one activated job and tells Zeebe how it went. The same for the local dispatcher and the
 * Lambda poller, so both behave alike.
 */
@Singleton
public class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /** Long enough for a passing outage (DynamoDB throttling, a network hiccup) to end before the retry. */
    static final Duration RETRY_BACKOFF = Duration.ofSeconds(10);

    public enum Outcome {
        /** A service task ran and its job was completed. */
        COMPLETED,
        /** A user task is now in the tasks table; its job stays open until a case worker completes it. */
        PROJECTED,
        /** The job was failed back to Zeebe (retried later, or an incident when no retries are left). */
        FAILED
    }

    private final Map<String, JobHandler> handlers = new TreeMap<>();
    private final UserTaskProjector projector;

    public JobRunner(List<JobHandler> handlers, UserTaskProjector projector) {
        for (JobHandler handler : handlers) {
            JobHandler before = this.handlers.put(handler.type().type(), handler);
            if (before != null) {
                throw new IllegalStateException("Two handlers for job type " + handler.type().type() + ": "
                        + before.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        this.projector = projector;
    }

    public Outcome run(CamundaClient client, ActivatedJob job) {
        try {
            if (JobType.USER_TASK.equals(job.getType())) {
                projector.project(job);
                return Outcome.PROJECTED;
            }
            JobHandler handler = handlers.get(job.getType());
            if (handler == null) {
                throw new JobFailedException("No handler for job type '" + job.getType() + "' (element '"
                        + job.getElementId() + "'). Known types: " + handlers.keySet());
            }
            Map<String, Object> variables = handler.handle(Job.from(job));
            complete(client, job, variables);
            return Outcome.COMPLETED;
        } catch (RuntimeException e) {
            fail(client, job, e);
            return Outcome.FAILED;
        }
    }

    private static void complete(CamundaClient client, ActivatedJob job, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(job.getKey()).variables(variables == null ? Map.of() : variables).send().join();
        } catch (RuntimeException e) {
            if (EngineErrors.isNotFound(e)) {
                // Cancelled while it ran: the process was withdrawn or moved on past this step.
                LOG.info("Job {} ({} at {}) ran, but the engine no longer has it", job.getKey(), job.getType(),
                        job.getElementId());
                return;
            }
            // The work is done and idempotent: if Zeebe did not hear of it, the job times out and runs again.
            LOG.warn("Job {} ({} at {}) ran, but completing it failed: {}", job.getKey(), job.getType(),
                    job.getElementId(), EngineErrors.message(e));
        }
    }

    private static void fail(CamundaClient client, ActivatedJob job, RuntimeException error) {
        String message = message(error);
        int retriesLeft = Math.max(0, job.getRetries() - 1);
        Object[] details = {job.getKey(), job.getType(), job.getElementId(), job.getProcessInstanceKey(), retriesLeft, message};
        if (error instanceof JobFailedException) {
            LOG.warn("Job {} ({} at {}, process instance {}) failed, {} retries left: {}", details);
        } else {
            // Unexpected: the stack trace helps whoever has to fix it.
            LOG.warn("Job {} ({} at {}, process instance {}) failed, {} retries left: {}", append(details, error));
        }
        try {
            client.newFailCommand(job.getKey())
                    .retries(retriesLeft)
                    .retryBackoff(RETRY_BACKOFF)
                    .errorMessage(message)
                    .send()
                    .join();
        } catch (RuntimeException e) {
            LOG.warn("Could not report the failure of job {} to Zeebe; it runs again after its timeout: {}",
                    job.getKey(), EngineErrors.message(e));
        }
    }

    private static Object[] append(Object[] details, Throwable error) {
        Object[] all = Arrays.copyOf(details, details.length + 1);
        all[details.length] = error;
        return all;
    }

    private static String message(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getName() : message;
    }
}
