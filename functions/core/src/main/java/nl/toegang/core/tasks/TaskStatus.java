package nl.toegang.core.tasks;

/**
 * Where a user task is in its life. Every change is a conditional write from the state it expects
 * (see docs/adr/0011-task-state-machine.md):
 * OPEN -> CLAIMED -> COMPLETING -> COMPLETED, CLAIMED -> OPEN (released), COMPLETING -> CLAIMED
 * (the engine could not be reached), and any unfinished state -> CANCELLED.
 */
public enum TaskStatus {
    /** In the team's inbox; nobody holds it. */
    OPEN,
    /** Held by one case worker; only they can complete or release it. */
    CLAIMED,
    /** Its holder sent it to the engine; the holder is recorded as a completer before the engine is told. */
    COMPLETING,
    COMPLETED,
    /** The process moved on without this task (withdrawal, an interrupting event). */
    CANCELLED;

    public boolean finished() {
        return this == COMPLETED || this == CANCELLED;
    }
}
