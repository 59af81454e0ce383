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
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The case history table: one item per event, sorted by time. */
@Singleton
public class CaseEventRepository {

    private final DynamoDbClient dynamo;
    private final String table;

    public CaseEventRepository(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.table = tables.getCaseEvents();
    }

    public void append(CaseEvent event) {
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(toItem(event, null)).build());
    }

    /**
     * Appends the event unless one with the same dedupe key is already in the case's history. Job
     * handlers use the job key, so a job delivered twice leaves one line.
     *
     * @return whether the event was appended
     */
    public boolean appendOnce(CaseEvent event, String dedupeKey) {
        boolean seen = list(event.caseId()).stream().anyMatch(e -> dedupeKey.equals(e.data().get("_dedupe")));
        if (seen) {
            return false;
        }
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(toItem(event, dedupeKey)).build());
        return true;
    }

    /** The whole history of a case, oldest first. */
    public List<CaseEvent> list(String caseId) {
        return dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("caseId = :c")
                        .expressionAttributeValues(Map.of(":c", s(caseId)))
                        .consistentRead(true)
                        .build())
                .items().stream().map(CaseEventRepository::toEvent).toList();
    }

    private static Map<String, AttributeValue> toItem(CaseEvent e, String dedupeKey) {
        Map<String, Object> data = new HashMap<>(e.data());
        if (dedupeKey != null) {
            data.put("_dedupe", dedupeKey);
        }
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
