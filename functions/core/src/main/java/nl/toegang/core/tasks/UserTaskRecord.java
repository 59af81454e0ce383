package nl.toegang.core.tasks;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A user task of a process, as case workers see it. Projected from the engine's job; the claim
 * and completion are kept here because job-based user tasks have no assignee in the engine.
 *
 * @param taskId the job key, as a string
 * @param variables the process variables at the time the task was created (the form reads its options from them)
 * @param headers the task headers from the model, e.g. {@code toegang.fourEyes}
 * @param completers everyone who ever sent this task to the engine. Only ever added to: an attempt
 *     whose answer was lost may still have completed the job, so four eyes counts every attempt.
 * @param completingSince when the current attempt to complete it started; null unless COMPLETING
 * @param submittedValues the values the engine took when the task was completed, so the case file can show
 *     them; empty until then
 * @param clientName who the case is about, copied from the case when the task is projected, so an
 *     inbox needs no read of the case per row; null when unknown
 * @param urgent the melding asked for urgent help
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
        Map<String, String> headers,
        Set<String> completers,
        Instant completingSince,
        Map<String, Object> submittedValues,
        String clientName,
        boolean urgent) {

    public UserTaskRecord {
        completers = completers == null ? Set.of() : Set.copyOf(completers);
        submittedValues = submittedValues == null ? Map.of() : submittedValues;
    }

    /** A task as the projector first writes it: open, nobody has tried to complete it yet. */
    public static UserTaskRecord projected(String taskId, String caseId, long processInstanceKey, String elementId,
            String name, String formId, String formKey, String candidateGroup, Instant dueDate, Instant createdAt,
            Map<String, Object> variables, Map<String, String> headers, String clientName, boolean urgent) {
        return new UserTaskRecord(taskId, caseId, processInstanceKey, elementId, name, formId, formKey, candidateGroup,
                dueDate, createdAt, TaskStatus.OPEN, null, null, null, null, null, variables, headers, Set.of(), null,
                Map.of(), clientName, urgent);
    }

    public long jobKey() {
        return Long.parseLong(taskId);
    }

    /** The process still waits for it: nobody holds it yet, someone holds it, or it is being completed. */
    public boolean isOpen() {
        return !status.finished();
    }

    public boolean heldBy(String subject) {
        return isOpen() && subject.equals(assignee);
    }
}
