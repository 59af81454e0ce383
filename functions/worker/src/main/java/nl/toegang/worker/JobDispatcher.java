package nl.toegang.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.toegang.core.cases.PendingStartSweeper;
import nl.toegang.core.jobs.JobType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs the moment Zeebe creates them, for the local runtime: one streaming worker per job
 * type. In AWS, where nothing can hold a stream open, {@link WorkerFunction} polls instead.
 *
 * <p>Each worker holds at most toegang.zeebe.jobs-active-per-worker jobs, each on its own thread
 * (see CamundaClientFactory); the jobs beyond that wait in the stream, and the service-task
 * timeout is longer than that wait (ADR 0012).
 */
@Singleton
public class JobDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);

    static final String WORKER_NAME = "toegang-worker";
    /** A case worker may take weeks over a task; the job must stay theirs that long. */
    static final Duration USER_TASK_TIMEOUT = Duration.ofDays(365);
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);

    private final CamundaClient client;
    private final JobRunner runner;
    private final PendingStartSweeper sweeper;
    private final WorkerSettings settings;
    private final List<JobWorker> workers = new ArrayList<>();
    private ScheduledExecutorService sweeps;

    public JobDispatcher(CamundaClient client, JobRunner runner, PendingStartSweeper sweeper, WorkerSettings settings) {
        this.client = client;
        this.settings = settings;
        this.runner = runner;
        this.sweeper = sweeper;
    }

    public synchronized void start() {
        if (sweeps != null) {
            return;
        }
        for (String type : JobType.workerTypes()) {
            workers.add(open(type, JobType.USER_TASK.equals(type) ? USER_TASK_TIMEOUT : settings.getServiceTaskTimeout()));
        }
        sweeps = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "toegang-pending-start-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeps.scheduleWithFixedDelay(this::sweep, 0, SWEEP_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Job dispatcher started: {} job workers, pending starts swept every {}", workers.size(), SWEEP_INTERVAL);
    }

    private JobWorker open(String type, Duration timeout) {
        return client.newWorker()
                .jobType(type)
                .handler((jobClient, job) -> runner.run(client, job))
                .name(WORKER_NAME)
                .timeout(timeout)
                .streamEnabled(true)
                .open();
    }

    private void sweep() {
        try {
            int started = sweeper.sweep();
            if (started > 0) {
                // Also cases whose submission was still starting them: the second start is refused as a duplicate.
                LOG.info("Handed {} cases to the engine whose start had not been recorded yet", started);
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; the next sweep may well succeed.
            LOG.warn("Sweeping pending starts failed: {}", e.toString());
        }
    }

    @Override
    @PreDestroy
    public synchronized void close() {
        workers.forEach(JobWorker::close);
        workers.clear();
        if (sweeps != null) {
            sweeps.shutdownNow();
            sweeps = null;
        }
    }
}
