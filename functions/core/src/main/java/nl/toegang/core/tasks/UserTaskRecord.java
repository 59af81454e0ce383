package nl.toegang.core.tasks;

import java.time.Instant;
import java.util.Map;

/**
 * A user task of a process, as case workers see it. Projected from the engine's job; the claim
 * and completion are kept here because job-based user tasks have no assignee in the engine.
 *
 * @param taskId the job key, as a string
 * @param variables the process variables at the time the task was created (the form reads its options from them)
 * @param headers the task headers from the model, e.g. {@code toegang.fourEyes}
 */
public record UserTaskRecord(
        String taskId,
        String caseId,
        long processInstanceKey,
        String elementId,
        String name,
        String formId,
        String formKey,
        String candidateGroup,
        Instant dueDate,
        Instant createdAt,
        TaskStatus status,
        String assignee,
        String assigneeName,
        String completedBy,
        String completedByName,
        Instant completedAt,
        Map<String, Object> variables,
        Map<String, String> headers) {

    public long jobKey() {
        return Long.parseLong(taskId);
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    public boolean overdue(Instant now) {
        return isOpen() && dueDate != null && now.isAfter(dueDate);
    }
}
