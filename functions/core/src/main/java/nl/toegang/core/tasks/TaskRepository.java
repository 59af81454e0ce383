package nl.toegang.core.tasks;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.toegang.core.storage.AttributeValues;
import nl.toegang.core.storage.TableNames;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The tasks table. Tasks the process still waits for carry {@code openGroup} (and {@code openAssignee}
 * once claimed): sparse index keys, so an inbox query reads unfinished tasks only. Every change of
 * state is a conditional write from the state it expects; a method returns false when the task was
 * not in that state, and the caller must decide what that means.
 */
@Singleton
public class TaskRepository {

    private final DynamoDbClient dynamo;
    private final String table;

    public TaskRepository(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.table = tables.getTasks();
    }

    /** @return false when the task was projected before (the job was delivered again) */
    public boolean insertIfAbsent(UserTaskRecord t) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("taskId", s(t.taskId()));
        item.put("caseId", s(t.caseId()));
        item.put("processInstanceKey", AttributeValue.fromN(Long.toString(t.processInstanceKey())));
        item.put("elementId", s(t.elementId()));
        item.put("name", s(t.name()));
        item.put("formId", s(t.formId()));
        item.put("formKey", s(t.formKey()));
        item.put("candidateGroup", s(t.candidateGroup()));
        item.put("openGroup", s(t.candidateGroup()));
        if (t.dueDate() != null) {
            item.put("dueDate", s(t.dueDate().toString()));
        }
        item.put("createdAt", s(t.createdAt().toString()));
        if (t.clientName() != null) {
            item.put("clientName", s(t.clientName()));
        }
        item.put("urgent", AttributeValue.fromBool(t.urgent()));
        item.put("status", s(TaskStatus.OPEN.name()));
        item.put("variables", AttributeValues.of(t.variables()));
        item.put("headers", AttributeValues.of(t.headers()));
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(taskId)")
                    .build());
            return true;
        } catch (ConditionalCheckFailedException projectedBefore) {
            return false;
        }
    }

    public Optional<UserTaskRecord> find(String taskId) {
        var item = dynamo.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Map.of("taskId", s(taskId)))
                .consistentRead(true)
                .build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toTask(item));
    }

    /** Open tasks of a team, oldest first. */
    public List<UserTaskRecord> openForGroup(String group) {
        return query("open-by-group", "openGroup", group);
    }

    /** Open tasks claimed by a case worker, oldest first. */
    public List<UserTaskRecord> openForAssignee(String subject) {
        return query("open-by-assignee", "openAssignee", subject);
    }

    /** Every task of a case, oldest first. */
    public List<UserTaskRecord> forCase(String caseId) {
        return query("by-case", "caseId", caseId);
    }

    /**
     * Claims a task nobody holds. A task someone else holds stays theirs.
     *
     * @return false unless the task was OPEN
     */
    public boolean claim(String taskId, String subject, String name) {
        return conditionalUpdate(taskId,
                "SET #status = :claimed, assignee = :me, assigneeName = :name, openAssignee = :me",
                "#status = :open",
                Map.of(":me", s(subject), ":name", s(name), ":open", status(TaskStatus.OPEN),
                        ":claimed", status(TaskStatus.CLAIMED)));
    }

    /**
     * A team lead gives the task to a colleague, from the state the lead saw: open, or held by the
     * holder seen. Of two leads assigning at the same moment only the first write finds the task as
     * seen, so one wins. A task being completed is never taken from its holder.
     *
     * @param seenAssignee the holder the lead saw; null when the task was open
     * @return false unless the task was still as the lead saw it
     */
    public boolean assign(String taskId, String seenAssignee, String assignee, String assigneeName) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":to", s(assignee), ":name", s(assigneeName),
                ":claimed", status(TaskStatus.CLAIMED)));
        String condition;
        if (seenAssignee == null) {
            condition = "#status = :open";
            values.put(":open", status(TaskStatus.OPEN));
        } else {
            condition = "#status = :claimed AND assignee = :seen";
            values.put(":seen", s(seenAssignee));
        }
        return conditionalUpdate(taskId, "SET #status = :claimed, assignee = :to, assigneeName = :name, openAssignee = :to",
                condition, values);
    }

    /** Gives a claimed task back to the team. @return false unless this case worker held it (CLAIMED) */
    public boolean unclaim(String taskId, String subject) {
        return conditionalUpdate(taskId,
                "SET #status = :open REMOVE assignee, assigneeName, openAssignee",
                "#status = :claimed AND assignee = :me",
                Map.of(":me", s(subject), ":open", status(TaskStatus.OPEN), ":claimed", status(TaskStatus.CLAIMED)));
    }

    /**
     * Records that the holder is about to send the task to the engine: from then on it cannot be
     * released or claimed, and four eyes counts them as its completer, whatever the engine answers.
     *
     * @param since when this attempt started; the attempt's outcome is written only while it is the current one
     * @return false unless this case worker held it (CLAIMED)
     */
    public boolean startCompleting(String taskId, String subject, Instant since) {
        return conditionalUpdate(taskId,
                "SET #status = :completing, completingSince = :since ADD completers :meSet",
                "#status = :claimed AND assignee = :me",
                Map.of(":me", s(subject), ":meSet", AttributeValue.fromSs(List.of(subject)), ":since", s(since.toString()),
                        ":claimed", status(TaskStatus.CLAIMED), ":completing", status(TaskStatus.COMPLETING)));
    }

    /**
     * Lets the holder try again after an attempt that ended without an answer (a crash, a timeout).
     *
     * @param seenSince the start of the attempt the caller saw; if another attempt took over since, nothing changes
     * @return false unless the task was COMPLETING by this case worker in the attempt seen
     */
    public boolean retryCompleting(String taskId, String subject, Instant seenSince, Instant since) {
        return conditionalUpdate(taskId,
                "SET completingSince = :since ADD completers :meSet",
                "#status = :completing AND assignee = :me AND completingSince = :seen",
                Map.of(":me", s(subject), ":meSet", AttributeValue.fromSs(List.of(subject)), ":since", s(since.toString()),
                        ":seen", s(seenSince.toString()), ":completing", status(TaskStatus.COMPLETING)));
    }

    /**
     * The engine could not be reached: the holder keeps the task and can try again. The completer
     * stays recorded, because the engine may have completed the job without answering.
     *
     * @return false unless this attempt was still the current one
     */
    public boolean backToClaimed(String taskId, String subject, Instant since) {
        return conditionalUpdate(taskId,
                "SET #status = :claimed REMOVE completingSince",
                "#status = :completing AND assignee = :me AND completingSince = :since",
                Map.of(":me", s(subject), ":since", s(since.toString()), ":completing", status(TaskStatus.COMPLETING),
                        ":claimed", status(TaskStatus.CLAIMED)));
    }

    /**
     * The engine took the completion. The values are written in the same write, so a completed task
     * always shows what was decided in it, whatever happens to the request afterwards.
     *
     * @param values the values the engine took
     * @return false unless this case worker was completing it (COMPLETING)
     */
    public boolean markCompleted(String taskId, String subject, String name, Instant at, Map<String, Object> values) {
        return conditionalUpdate(taskId,
                "SET #status = :done, completedBy = :me, completedByName = :name, completedAt = :at, submittedValues = :values"
                        + " REMOVE openGroup, openAssignee, completingSince",
                "#status = :completing AND assignee = :me",
                Map.of(":me", s(subject), ":name", s(name), ":at", s(at.toString()), ":values", AttributeValues.of(values),
                        ":done", status(TaskStatus.COMPLETED), ":completing", status(TaskStatus.COMPLETING)));
    }

    /** The engine no longer has the job a case worker just claimed. @return false unless they still held it */
    public boolean cancelClaimed(String taskId, String subject) {
        return cancelWhen(taskId, "#status = :claimed AND assignee = :me",
                Map.of(":me", s(subject), ":claimed", status(TaskStatus.CLAIMED)));
    }

    /** The engine no longer had the job when this attempt first sent it. @return false unless the attempt was current */
    public boolean cancelCompleting(String taskId, Instant since) {
        return cancelWhen(taskId, "#status = :completing AND completingSince = :since",
                Map.of(":since", s(since.toString()), ":completing", status(TaskStatus.COMPLETING)));
    }

    /** Cancels a task unless it is completed (or cancelled already). @return false when it was finished */
    public boolean markCancelled(String taskId) {
        return cancelWhen(taskId, "#status IN (:open, :claimed, :completing)",
                Map.of(":open", status(TaskStatus.OPEN), ":claimed", status(TaskStatus.CLAIMED),
                        ":completing", status(TaskStatus.COMPLETING)));
    }

    /** @return how many tasks that were not finished were cancelled */
    public int cancelOpenTasks(String caseId) {
        int cancelled = 0;
        for (UserTaskRecord t : forCase(caseId)) {
            if (t.isOpen() && markCancelled(t.taskId())) {
                cancelled++;
            }
        }
        return cancelled;
    }

    private boolean cancelWhen(String taskId, String condition, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":cancelled", status(TaskStatus.CANCELLED));
        // completers stay: four eyes must still count whoever tried to complete a task that ended this way.
        return conditionalUpdate(taskId, "SET #status = :cancelled REMOVE openGroup, openAssignee, completingSince",
                condition, all);
    }

    /** Lets every task of a case expire with the case (the table's TTL removes the items). */
    public void expireAll(String caseId, Instant expiresAt) {
        for (UserTaskRecord t : forCase(caseId)) {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("taskId", s(t.taskId())))
                    .updateExpression("SET expiresAt = :e")
                    .expressionAttributeValues(Map.of(":e", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond()))))
                    .build());
        }
    }

    private boolean conditionalUpdate(String taskId, String update, String condition, Map<String, AttributeValue> values) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("taskId", s(taskId)))
                    .updateExpression(update)
                    .conditionExpression("attribute_exists(taskId) AND " + condition)
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(values)
                    .build());
            return true;
        } catch (ConditionalCheckFailedException notAllowed) {
            return false;
        }
    }

    private List<UserTaskRecord> query(String index, String keyName, String key) {
        return dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .indexName(index)
                        .keyConditionExpression("#k = :k")
                        .expressionAttributeNames(Map.of("#k", keyName))
                        .expressionAttributeValues(Map.of(":k", s(key)))
                        .build())
                .items().stream()
                .map(TaskRepository::toTask)
                .sorted(Comparator.comparing(UserTaskRecord::createdAt))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static UserTaskRecord toTask(Map<String, AttributeValue> item) {
        Map<String, String> headers = new LinkedHashMap<>();
        Object rawHeaders = AttributeValues.toJava(item.get("headers"));
        if (rawHeaders instanceof Map<?, ?> m) {
            m.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
        }
        return new UserTaskRecord(
                item.get("taskId").s(),
                item.get("caseId").s(),
                Long.parseLong(item.get("processInstanceKey").n()),
                item.get("elementId").s(),
                item.get("name").s(),
                item.get("formId").s(),
                item.get("formKey").s(),
                item.get("candidateGroup").s(),
                instant(item, "dueDate"),
                Instant.parse(item.get("createdAt").s()),
                TaskStatus.valueOf(item.get("status").s()),
                AttributeValues.string(item, "assignee"),
                AttributeValues.string(item, "assigneeName"),
                AttributeValues.string(item, "completedBy"),
                AttributeValues.string(item, "completedByName"),
                instant(item, "completedAt"),
                (Map<String, Object>) AttributeValues.toJava(item.get("variables")),
                headers,
                item.containsKey("completers") ? Set.copyOf(item.get("completers").ss()) : Set.of(),
                instant(item, "completingSince"),
                item.containsKey("submittedValues")
                        ? (Map<String, Object>) AttributeValues.toJava(item.get("submittedValues")) : Map.of(),
                AttributeValues.string(item, "clientName"),
                item.containsKey("urgent") && Boolean.TRUE.equals(item.get("urgent").bool()));
    }

    private static AttributeValue status(TaskStatus status) {
        return s(status.name());
    }

    private static Instant instant(Map<String, AttributeValue> item, String key) {
        String v = AttributeValues.string(item, key);
        return v == null ? null : Instant.parse(v);
    }
}
