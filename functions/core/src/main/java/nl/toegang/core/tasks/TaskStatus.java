package nl.toegang.core.tasks;

public enum TaskStatus {
    OPEN,
    COMPLETED,
    /** The process moved on without this task (withdrawal, an interrupting event). */
    CANCELLED
}
