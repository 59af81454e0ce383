package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Starts cases that were stored while Zeebe could not be reached (and tells it of those withdrawn
 * meanwhile). Run on a schedule: locally by the job dispatcher, in AWS by the worker function.
 */
@Singleton
public class PendingStartSweeper {

    static final int BATCH = 25;
    /** After a long outage many cases wait; a sweep goes on batch after batch, but not for ever. */
    static final Duration LONGEST_SWEEP = Duration.ofSeconds(20);

    private final CaseRepository cases;
    private final ProcessStarter starter;

    public PendingStartSweeper(CaseRepository cases, ProcessStarter starter) {
        this.cases = cases;
        this.starter = starter;
    }

    /**
     * Goes on while starts succeed, until no case waits or the sweep has taken {@link #LONGEST_SWEEP};
     * the first start that fails ends it (the engine is still unreachable; the next sweep tries again).
     *
     * @return how many cases the engine now has
     */
    public int sweep() {
        long end = System.nanoTime() + LONGEST_SWEEP.toNanos();
        int started = 0;
        while (System.nanoTime() < end) {
            List<String> batch = cases.pendingStart(BATCH);
            int startedInBatch = 0;
            for (String caseId : batch) {
                var c = cases.find(caseId);
                if (c.isEmpty() || c.get().processStarted()) {
                    continue; // the index lags behind the table
                }
                if (!starter.tryStart(c.get())) {
                    return started + startedInBatch;
                }
                startedInBatch++;
            }
            started += startedInBatch;
            if (batch.size() < BATCH || startedInBatch == 0) {
                return started;
            }
        }
        return started;
    }
}
