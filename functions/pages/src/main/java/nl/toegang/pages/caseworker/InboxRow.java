package nl.toegang.pages.caseworker;

/** One open task in the werkbak; every field already in the reader's words. */
public record InboxRow(String taskId, String task, String caseId, String team, String due, boolean overdue, String holder) {}
