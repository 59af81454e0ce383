package nl.toegang.worker;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.camunda.client.CamundaClient;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import nl.toegang.core.cases.PendingStartSweeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker Lambda, started every minute by EventBridge Scheduler (template.yaml, ADR 0003).
 * Each run starts the cases stored while the engine was unreachable, then activates and runs jobs
 * until the engine is quiet or the run's time is nearly up.
 */
public class WorkerFunction implements RequestHandler<Map<String, Object>, String> {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerFunction.class);

    private final PendingStartSweeper sweeper;
    private final JobPoller poller;

    /** Used by Lambda. The context is built while the function initialises, so SnapStart keeps it. */
    public WorkerFunction() {
        this(SharedContext.CONTEXT, JobPoller.Settings.LAMBDA);
    }

    public WorkerFunction(ApplicationContext context, JobPoller.Settings settings) {
        this.sweeper = context.getBean(PendingStartSweeper.class);
        this.poller = new JobPoller(context.getBean(CamundaClient.class), context.getBean(JobRunner.class), settings);
    }

    @Override
    public String handleRequest(Map<String, Object> scheduledEvent, Context lambda) {
        return run(Deadline.of(lambda));
    }

    /**
     * @return one line saying what the run did
     * @throws IllegalStateException when the engine could not be reached, so the run counts as an
     *     error in the function's metrics and alarms
     */
    public String run(Deadline deadline) {
        int started = sweepPendingStarts();
        JobPoller.Result result = poller.poll(deadline);
        String summary = "started " + started + " pending cases, " + result.summary();
        if (result.engineError() != null) {
            throw new IllegalStateException(summary + "; stopped early: " + result.engineError());
        }
        LOG.info(summary);
        return summary;
    }

    private int sweepPendingStarts() {
        try {
            return sweeper.sweep();
        } catch (RuntimeException e) {
            // The jobs waiting in the engine should still run.
            LOG.warn("Sweeping pending starts failed: {}", e.toString());
            return 0;
        }
    }

    /** One context per Lambda instance, reused by every warm invocation. */
    private static final class SharedContext {
        static final ApplicationContext CONTEXT = ApplicationContext.run();
    }
}
