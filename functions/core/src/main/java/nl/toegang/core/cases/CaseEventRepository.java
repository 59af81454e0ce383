package nl.toegang.core.cases;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.core.storage.AttributeValues;
import nl.toegang.core.storage.TableNames;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The case history table: one item per event, sorted by time. */
@Singleton
public class CaseEventRepository {

    /** Sort-key prefix of the items that record which dedupe keys were used; they sort after every event. */
    private static final String MARKER = "~dedupe#";
    /**
     * Items under a case that are not events sort after every event and start with this: the dedupe
     * markers and the case's clock ({@code nl.toegang.core.clock.CaseClockRepository}).
     */
    public static final String NOT_AN_EVENT = "~";
    private static final int CONFLICT_ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final String table;

    public CaseEventRepository(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.table = tables.getCaseEvents();
    }

    public void append(CaseEvent event) {
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(toItem(event)).build());
    }

    /**
     * Appends the event unless one with the same dedupe key was appended before. Job handlers use
     * the job key, so a job delivered twice leaves one line. A marker item with the key and the
     * event are written in one transaction, so two deliveries running at once cannot both write.
     *
     * @return whether the event was appended
     */
    public boolean appendOnce(CaseEvent event, String dedupeKey) {
        Map<String, AttributeValue> marker = Map.of("caseId", s(event.caseId()), "eventId", s(MARKER + dedupeKey));
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                        TransactWriteItem.builder().put(Put.builder().tableName(table).item(marker)
                                .conditionExpression("attribute_not_exists(eventId)").build()).build(),
                        TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(event)).build()).build())
                        .build());
                return true;
            } catch (TransactionCanceledException refused) {
                if (hasReason(refused, "ConditionalCheckFailed")) {
                    return false;
                }
                // Two requests with the same key at the same moment (a double click): DynamoDB refuses
                // one of them as a conflict. Trying again shows whether the other one wrote the marker.
                if (!hasReason(refused, "TransactionConflict") || attempt == CONFLICT_ATTEMPTS) {
                    throw refused;
                }
                pauseBeforeAttempt(attempt);
            }
        }
    }

    private static boolean hasReason(TransactionCanceledException refused, String code) {
        return refused.cancellationReasons().stream().anyMatch(r -> code.equals(r.code()));
    }

    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while appending to the case history", e);
        }
    }

    /**
     * The write of one event, for a transaction that changes a record kept beside the history (the
     * case's clock) together with the event that explains the change.
     */
    public Put put(CaseEvent event) {
        return Put.builder().tableName(table).item(toItem(event)).build();
    }

    /** Lets the whole history expire with its case (the table's TTL removes the items). */
    public void expireAll(String caseId, Instant expiresAt) {
        for (Map<String, AttributeValue> item : items(caseId)) {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("caseId", item.get("caseId"), "eventId", item.get("eventId")))
                    .updateExpression("SET expiresAt = :e")
                    .expressionAttributeValues(Map.of(":e", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond()))))
                    .build());
        }
    }

    /** The whole history of a case, oldest first. */
    public List<CaseEvent> list(String caseId) {
        return items(caseId).stream()
                .filter(item -> !item.get("eventId").s().startsWith(NOT_AN_EVENT))
                .map(CaseEventRepository::toEvent)
                .toList();
    }

    private List<Map<String, AttributeValue>> items(String caseId) {
        return dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("caseId = :c")
                        .expressionAttributeValues(Map.of(":c", s(caseId)))
                        .consistentRead(true)
                        .build())
                .items().stream().toList();
    }

    private static Map<String, AttributeValue> toItem(CaseEvent e) {
        Map<String, Object> data = new HashMap<>(e.data());
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("caseId", s(e.caseId()));
        item.put("eventId", s(e.eventId()));
        item.put("at", s(e.at().toString()));
        item.put("type", s(e.type().name()));
        item.put("actor", s(e.actor()));
        item.put("actorName", s(e.actorName() == null ? "" : e.actorName()));
        item.put("visibleToResident", AttributeValue.fromBool(e.visibleToResident()));
        item.put("data", AttributeValues.of(data));
        return item;
    }

    @SuppressWarnings("unchecked")
    private static CaseEvent toEvent(Map<String, AttributeValue> item) {
        return new CaseEvent(
                item.get("caseId").s(),
                item.get("eventId").s(),
                Instant.parse(item.get("at").s()),
                CaseEvent.Type.valueOf(item.get("type").s()),
                item.get("actor").s(),
                AttributeValues.string(item, "actorName"),
                item.get("visibleToResident").bool(),
                (Map<String, Object>) AttributeValues.toJava(item.get("data")));
    }
}
