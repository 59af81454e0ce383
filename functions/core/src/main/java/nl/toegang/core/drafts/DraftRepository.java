package nl.toegang.core.drafts;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.core.storage.AttributeValues;
import nl.toegang.core.storage.TableNames;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The drafts table: one item per unfinished form. Every write is conditional, so no save overwrites another unseen. */
@Singleton
public class DraftRepository {

    private final DynamoDbClient dynamo;
    private final String table;

    public DraftRepository(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.table = tables.getDrafts();
    }

    /** @return false when a draft with this id exists already */
    public boolean create(Draft draft) {
        return put(draft, "attribute_not_exists(draftId)", Map.of());
    }

    /**
     * Replaces the draft if it is still at {@code expectedVersion} and has the same owner.
     *
     * @return false when someone saved it in between (or deleted it): read it again and retry
     */
    public boolean replace(Draft draft, long expectedVersion) {
        return put(draft, "#version = :expected AND ownerId = :owner", Map.of(
                ":expected", AttributeValue.fromN(Long.toString(expectedVersion)), ":owner", s(draft.ownerId())));
    }

    public Optional<Draft> find(String draftId) {
        var item = dynamo.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Map.of("draftId", s(draftId)))
                .consistentRead(true)
                .build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toDraft(item));
    }

    /** The owner's drafts, last saved first, expired ones included (the caller decides). */
    public List<Draft> listByOwner(String ownerId) {
        return dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .indexName("by-owner")
                        .keyConditionExpression("ownerId = :o")
                        .expressionAttributeValues(Map.of(":o", s(ownerId)))
                        .scanIndexForward(false)
                        .build())
                .items().stream().map(this::toDraft).toList();
    }

    /** Deletes the draft if it belongs to the owner; deleting one that is gone already is no error. */
    public void delete(String draftId, String ownerId) {
        try {
            dynamo.deleteItem(DeleteItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("draftId", s(draftId)))
                    .conditionExpression("attribute_not_exists(draftId) OR ownerId = :owner")
                    .expressionAttributeValues(Map.of(":owner", s(ownerId)))
                    .build());
        } catch (ConditionalCheckFailedException someoneElses) {
            // Not this owner's draft: leave it.
        }
    }

    private boolean put(Draft draft, String condition, Map<String, AttributeValue> conditionValues) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("draftId", s(draft.draftId()));
        item.put("ownerId", s(draft.ownerId()));
        item.put("formId", s(draft.formId()));
        item.put("values", AttributeValues.of(draft.values()));
        item.put("savedSteps", AttributeValues.of(List.copyOf(draft.savedSteps())));
        item.put("version", AttributeValue.fromN(Long.toString(draft.version())));
        item.put("createdAt", s(draft.createdAt().toString()));
        item.put("updatedAt", s(draft.updatedAt().toString()));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(draft.expiresAt().getEpochSecond())));
        var request = PutItemRequest.builder().tableName(table).item(item).conditionExpression(condition);
        if (condition.contains("#version")) {
            request.expressionAttributeNames(Map.of("#version", "version"));
        }
        if (!conditionValues.isEmpty()) {
            request.expressionAttributeValues(conditionValues);
        }
        try {
            dynamo.putItem(request.build());
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private Draft toDraft(Map<String, AttributeValue> item) {
        List<Integer> steps = ((List<Object>) AttributeValues.toJava(item.get("savedSteps"))).stream()
                .map(n -> ((Number) n).intValue()).toList();
        return new Draft(
                item.get("draftId").s(),
                item.get("ownerId").s(),
                item.get("formId").s(),
                (Map<String, Object>) AttributeValues.toJava(item.get("values")),
                Draft.steps(steps),
                Long.parseLong(item.get("version").n()),
                Instant.parse(item.get("createdAt").s()),
                Instant.parse(item.get("updatedAt").s()),
                Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n())));
    }
}
