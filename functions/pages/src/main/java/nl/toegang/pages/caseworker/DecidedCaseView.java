package nl.toegang.pages.caseworker;

/**
 * Beside an objection's task: the case whose decision is objected to, so the handler reads the
 * decision, its letter and how it came about without leaving the task.
 *
 * @param term whether the objection came in time, and the late objector's reason
 */
public record DecidedCaseView(String title, String term, CaseFileView file) {}
