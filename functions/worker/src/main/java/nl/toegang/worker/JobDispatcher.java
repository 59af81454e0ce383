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
 */
@Singleton
public class JobDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);

    static final String WORKER_NAME = "toegang-worker";
    /** A service task runs in well under a second; after this Zeebe hands the job out again. */
    static final Duration SERVICE_TASK_TIMEOUT = Duration.ofMinutes(1);
    /** A case worker may take weeks over a task; the job must stay theirs that long. */
    static final Duration USER_TASK_TIMEOUT = Duration.ofDays(365);
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);

    private final CamundaClient client;
    private final JobRunner runner;
    private final PendingStartSweeper sweeper;
    private final List<JobWorker> workers = new ArrayList<>();
    private ScheduledExecutorService sweeps;

    public JobDispatcher(CamundaClient client, JobRunner runner, PendingStartSweeper sweeper) {
        this.client = client;
        this.runner = runner;
        this.sweeper = sweeper;
    }

    public synchronized void start() {
        if (sweeps != null) {
            return;
        }
        for (JobType type : JobType.values()) {
            workers.add(open(type.type(), SERVICE_TASK_TIMEOUT));
        }
        workers.add(open(JobType.USER_TASK, USER_TASK_TIMEOUT));
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
                LOG.info("Started {} cases that were stored while the engine was unreachable", started);
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
