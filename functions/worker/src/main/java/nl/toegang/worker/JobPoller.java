package nl.toegang.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.toegang.core.engine.EngineErrors;
import nl.toegang.core.jobs.JobType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Activates and runs jobs until time runs out or the engine has been quiet for a while; for a
 * runtime that cannot keep a job stream open (the worker Lambda, see ADR 0003).
 *
 * <p>Each job type is polled in its own loop, so a long poll waiting for one type does not hold
 * up the jobs of another. The run ends when no loop got a job for {@code quietPeriod} (a round of
 * long polls came back empty), or when less than {@code safetyMargin} is left: the jobs of the
 * last batch must finish, and the run must end, before the Lambda is stopped.
 */
public class JobPoller {

    private static final Logger LOG = LoggerFactory.getLogger(JobPoller.class);

    static final String WORKER_NAME = "toegang-worker-lambda";
    static final int MAX_JOBS_PER_REQUEST = 32;
    /** Below this a long poll is not worth starting. */
    private static final Duration SHORTEST_POLL = Duration.ofSeconds(1);
    /** Between polls of a gateway that answers at once instead of long polling (the embedded engine does). */
    private static final Duration PAUSE_AFTER_EMPTY = Duration.ofMillis(250);

    public record Settings(Duration quietPeriod, Duration safetyMargin) {
        /** For a Lambda started every minute with a 70 second timeout (template.yaml). */
        public static final Settings LAMBDA = new Settings(Duration.ofSeconds(20), Duration.ofSeconds(15));
    }

    /** What one run did. {@code engineError} is set when the engine could not be asked for jobs. */
    public record Result(int completed, int projected, int failed, String engineError) {
        public String summary() {
            return "ran " + completed + " jobs, projected " + projected + " user tasks"
                    + (failed > 0 ? ", " + failed + " failed" : "");
        }
    }

    private final CamundaClient client;
    private final JobRunner runner;
    private final Settings settings;

    public JobPoller(CamundaClient client, JobRunner runner, Settings settings) {
        this.client = client;
        this.runner = runner;
        this.settings = settings;
    }

    public Result poll(Deadline deadline) {
        Run run = new Run(deadline);
        List<String> types = JobType.workerTypes();
        try (var loops = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (String type : types) {
                running.add(loops.submit(() -> run.pollUntilDone(type)));
            }
            for (Future<?> loop : running) {
                await(loop);
            }
        }
        return new Result(run.completed.get(), run.projected.get(), run.failed.get(), run.engineError.get());
    }

    private static void await(Future<?> loop) {
        try {
            loop.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A job polling loop broke off", e.getCause());
        }
    }

    /** The state the loops of one run share. */
    private final class Run {
        private final Deadline deadline;
        private final AtomicInteger completed = new AtomicInteger();
        private final AtomicInteger projected = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicReference<String> engineError = new AtomicReference<>();
        // Measured on the deadline's clock: the time left when a loop last got jobs.
        private volatile Duration remainingAtLastJobs;

        Run(Deadline deadline) {
            this.deadline = deadline;
            this.remainingAtLastJobs = deadline.remaining();
        }

        void pollUntilDone(String type) {
            while (engineError.get() == null) {
                Duration remaining = deadline.remaining();
                Duration window = remaining.minus(settings.safetyMargin());
                if (window.compareTo(SHORTEST_POLL) < 0 || quietFor(remaining).compareTo(settings.quietPeriod()) >= 0) {
                    return;
                }
                List<ActivatedJob> jobs = activate(type, remaining, min(window, settings.quietPeriod()));
                if (jobs == null) {
                    return;
                }
                if (jobs.isEmpty()) {
                    pause();
                    continue;
                }
                remainingAtLastJobs = deadline.remaining();
                for (ActivatedJob job : jobs) {
                    switch (runner.run(client, job)) {
                        case COMPLETED -> completed.incrementAndGet();
                        case PROJECTED -> projected.incrementAndGet();
                        case FAILED -> failed.incrementAndGet();
                    }
                }
                // Completing jobs creates the next ones; wait for those from here.
                remainingAtLastJobs = deadline.remaining();
            }
        }

        private Duration quietFor(Duration remaining) {
            return remainingAtLastJobs.minus(remaining);
        }

        /** @return the jobs, or null when the engine could not be reached */
        private List<ActivatedJob> activate(String type, Duration remaining, Duration longPoll) {
            try {
                return client.newActivateJobsCommand()
                        .jobType(type)
                        .maxJobsToActivate(MAX_JOBS_PER_REQUEST)
                        .timeout(jobTimeout(type, remaining))
                        .workerName(WORKER_NAME)
                        .requestTimeout(longPoll)
                        .send()
                        .join()
                        .getJobs();
            } catch (RuntimeException e) {
                String message = "activating jobs of type " + type + " failed: " + EngineErrors.message(e);
                LOG.warn("{}", message);
                engineError.compareAndSet(null, message);
                return null;
            }
        }

        private void pause() {
            try {
                Thread.sleep(PAUSE_AFTER_EMPTY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                engineError.compareAndSet(null, "interrupted");
            }
        }
    }

    /**
     * A service job is ours until this run ends; if the run dies, Zeebe hands it out again soon
     * after. A user task job stays activated until a case worker completes it.
     */
    private static Duration jobTimeout(String type, Duration remaining) {
        return JobType.USER_TASK.equals(type) ? JobDispatcher.USER_TASK_TIMEOUT : remaining;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
