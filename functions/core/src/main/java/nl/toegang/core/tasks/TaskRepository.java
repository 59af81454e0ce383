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
 * The tasks table. Open tasks carry {@code openGroup} (and {@code openAssignee} once claimed):
 * sparse index keys, so an inbox query reads open tasks only.
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
     * Claims an open task for a case worker. A task someone else holds stays theirs.
     *
     * @return false when the task is not open or another case worker holds it
     */
    public boolean claim(String taskId, String subject, String name) {
        return conditionalUpdate(taskId,
                "SET assignee = :me, assigneeName = :name, openAssignee = :me",
                "#status = :open AND (attribute_not_exists(assignee) OR assignee = :me)",
                Map.of(":me", s(subject), ":name", s(name), ":open", s(TaskStatus.OPEN.name())));
    }

    /** Gives a claimed task back to the team. */
    public boolean unclaim(String taskId, String subject) {
        return conditionalUpdate(taskId,
                "REMOVE assignee, assigneeName, openAssignee",
                "#status = :open AND assignee = :me",
                Map.of(":me", s(subject), ":open", s(TaskStatus.OPEN.name())));
    }

    /** @return false unless the task was open and held by this case worker */
    public boolean markCompleted(String taskId, String subject, String name, Instant at) {
        return conditionalUpdate(taskId,
                "SET #status = :done, completedBy = :me, completedByName = :name, completedAt = :at REMOVE openGroup, openAssignee",
                "#status = :open AND assignee = :me",
                Map.of(":me", s(subject), ":name", s(name), ":at", s(at.toString()),
                        ":done", s(TaskStatus.COMPLETED.name()), ":open", s(TaskStatus.OPEN.name())));
    }

    public boolean markCancelled(String taskId) {
        return conditionalUpdate(taskId,
                "SET #status = :cancelled REMOVE openGroup, openAssignee",
                "#status = :open",
                Map.of(":cancelled", s(TaskStatus.CANCELLED.name()), ":open", s(TaskStatus.OPEN.name())));
    }

    /** @return how many open tasks were cancelled */
    public int cancelOpenTasks(String caseId) {
        int cancelled = 0;
        for (UserTaskRecord t : forCase(caseId)) {
            if (t.isOpen() && markCancelled(t.taskId())) {
                cancelled++;
            }
        }
        return cancelled;
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
                headers);
    }

    private static Instant instant(Map<String, AttributeValue> item, String key) {
        String v = AttributeValues.string(item, key);
        return v == null ? null : Instant.parse(v);
    }
}
