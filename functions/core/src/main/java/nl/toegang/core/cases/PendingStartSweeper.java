package nl.toegang.core.cases;

import jakarta.inject.Singleton;

/**
 * Starts cases that were stored while Zeebe could not be reached. Run on a schedule: locally by
 * the job dispatcher, in AWS by the worker function.
 */
@Singleton
public class PendingStartSweeper {

    private static final int BATCH = 25;

    private final CaseRepository cases;
    private final ProcessStarter starter;

    public PendingStartSweeper(CaseRepository cases, ProcessStarter starter) {
        this.cases = cases;
        this.starter = starter;
    }

    /** @return how many cases were started */
    public int sweep() {
        int started = 0;
        for (String caseId : cases.pendingStart(BATCH)) {
            var c = cases.find(caseId);
            if (c.isPresent() && !c.get().processStarted() && starter.tryStart(c.get())) {
                started++;
            } else if (c.isPresent() && !c.get().processStarted()) {
                break; // the engine is still unreachable; try the rest next time
            }
        }
        return started;
    }
}
