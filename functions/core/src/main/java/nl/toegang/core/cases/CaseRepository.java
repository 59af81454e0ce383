package nl.toegang.core.cases;

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
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The cases table. */
@Singleton
public class CaseRepository {

    private static final String PENDING = "PENDING";

    private final DynamoDbClient dynamo;
    private final String table;

    public CaseRepository(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.table = tables.getCases();
    }

    /**
     * Stores a new case unless one with the same id exists; the id is derived from the
     * idempotency key, so a double click or a retry returns the case stored the first time.
     *
     * @return the stored case and whether this call created it
     */
    public Stored createIfAbsent(CaseRecord c) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("caseId", s(c.caseId()));
        item.put("ownerId", s(c.ownerId()));
        item.put("ownerName", s(c.ownerName()));
        item.put("formId", s(c.formId()));
        item.put("formVersion", AttributeValue.fromN(Integer.toString(c.formVersion())));
        item.put("law", s(c.law()));
        item.put("values", AttributeValues.of(c.values()));
        item.put("status", s(c.status().name()));
        item.put("createdAt", s(c.createdAt().toString()));
        if (!c.processStarted()) {
            item.put("pendingStart", s(PENDING));
        }
        if (c.partOf() != null) {
            item.put("partOf", AttributeValues.of(Map.of("requestId", c.partOf().requestId(), "part", c.partOf().part(),
                    "question", c.partOf().question() == null ? "" : c.partOf().question())));
        }
        if (c.clientBsn() != null) {
            item.put("clientBsn", s(c.clientBsn()));
        }
        if (c.clientName() != null) {
            item.put("clientName", s(c.clientName()));
        }
        item.put("sender", senderItem(c.sender()));
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(caseId)")
                    .build());
            return new Stored(c, true);
        } catch (ConditionalCheckFailedException exists) {
            return new Stored(find(c.caseId()).orElseThrow(), false);
        }
    }

    public record Stored(CaseRecord caseRecord, boolean created) {}

    public Optional<CaseRecord> find(String caseId) {
        var item = dynamo.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Map.of("caseId", s(caseId)))
                .consistentRead(true)
                .build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toCase(item));
    }

    /** The owner's cases, newest first. */
    public List<CaseRecord> listByOwner(String ownerId) {
        return dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .indexName("by-owner")
                        .keyConditionExpression("ownerId = :o")
                        .expressionAttributeValues(Map.of(":o", s(ownerId)))
                        .scanIndexForward(false)
                        .build())
                .items().stream().map(this::toCase).toList();
    }

    /** The cases about the person with this BSN, whoever sent them, newest first. */
    public List<CaseRecord> listByClient(String clientBsn) {
        return dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .indexName("by-client")
                        .keyConditionExpression("clientBsn = :b")
                        .expressionAttributeValues(Map.of(":b", s(clientBsn)))
                        .scanIndexForward(false)
                        .build())
                .items().stream().map(this::toCase).toList();
    }

    /** Ids of stored cases whose process has not been started yet, oldest first. */
    public List<String> pendingStart(int limit) {
        return dynamo.query(QueryRequest.builder()
                        .tableName(table)
                        .indexName("pending-start")
                        .keyConditionExpression("pendingStart = :p")
                        .expressionAttributeValues(Map.of(":p", s(PENDING)))
                        .limit(limit)
                        .build())
                .items().stream().map(i -> i.get("caseId").s()).toList();
    }

    /**
     * Records that the engine has the case's start, unless the case was withdrawn before the
     * start got through: then the process that now runs must be told of the withdrawal.
     *
     * @return false when the case was withdrawn before its start was recorded
     */
    public boolean markProcessStarted(String caseId, Instant at) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("caseId", s(caseId)))
                    .updateExpression("REMOVE pendingStart SET processStartedAt = :at")
                    .conditionExpression("attribute_exists(caseId) AND #status <> :withdrawn")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":at", s(at.toString()), ":withdrawn", s(CaseStatus.WITHDRAWN.name())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException withdrawn) {
            return false;
        }
    }

    /** The engine has heard of the withdrawal of a case that was withdrawn before its start was recorded. */
    public void markWithdrawalDelivered(String caseId) {
        dynamo.updateItem(UpdateItemRequest.builder()
                .tableName(table)
                .key(Map.of("caseId", s(caseId)))
                .updateExpression("REMOVE pendingStart")
                .conditionExpression("attribute_exists(caseId)")
                .build());
    }

    /**
     * Sets the status unless the case already reached a final one: a late duplicate job must not
     * reopen a closed or withdrawn case.
     *
     * @return false when the case was already final
     */
    public boolean updateStatus(String caseId, CaseStatus status, Instant expiresAt) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":s", s(status.name()));
        values.put(":withdrawn", s(CaseStatus.WITHDRAWN.name()));
        values.put(":closed", s("CLOSED_"));
        String update = "SET #status = :s";
        if (expiresAt != null) {
            update += ", expiresAt = :exp";
            values.put(":exp", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
        }
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("caseId", s(caseId)))
                    .updateExpression(update)
                    .conditionExpression("attribute_exists(caseId) AND #status <> :withdrawn AND NOT begins_with(#status, :closed)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(values)
                    .build());
            return true;
        } catch (ConditionalCheckFailedException finalAlready) {
            return false;
        }
    }

    /**
     * Withdraws a case whose start has not been recorded yet. The case stays in the pending-start
     * index until the engine has heard of the withdrawal too: a start may have reached the engine
     * without being recorded (an answer that was lost), and that process must end as well.
     *
     * @return false when the start was recorded first (the running process must be told) or the
     *     case was already withdrawn
     */
    public boolean withdrawBeforeStart(String caseId) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("caseId", s(caseId)))
                    .updateExpression("SET #status = :w")
                    .conditionExpression("attribute_exists(pendingStart) AND #status <> :w")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":w", s(CaseStatus.WITHDRAWN.name())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException startedOrWithdrawn) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private CaseRecord toCase(Map<String, AttributeValue> item) {
        return new CaseRecord(
                item.get("caseId").s(),
                item.get("ownerId").s(),
                AttributeValues.string(item, "ownerName"),
                item.get("formId").s(),
                Integer.parseInt(item.get("formVersion").n()),
                item.get("law").s(),
                (Map<String, Object>) AttributeValues.toJava(item.get("values")),
                CaseStatus.valueOf(item.get("status").s()),
                Instant.parse(item.get("createdAt").s()),
                !item.containsKey("pendingStart"),
                partOf(item.get("partOf")),
                AttributeValues.string(item, "clientBsn"),
                AttributeValues.string(item, "clientName"),
                senderOf(item));
    }

    private static AttributeValue senderItem(CaseSender sender) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("kind", s(sender.kind().name()));
        m.put("subject", s(sender.subject()));
        m.put("name", s(sender.name()));
        putIfSet(m, "organisation", sender.organisation());
        putIfSet(m, "agbCode", sender.agbCode());
        putIfSet(m, "organisationKind", sender.organisationKind());
        putIfSet(m, "basis", sender.basis());
        putIfSet(m, "reference", sender.reference());
        putIfSet(m, "channel", sender.channel());
        return AttributeValue.fromM(m);
    }

    private static void putIfSet(Map<String, AttributeValue> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, s(value));
        }
    }

    // Cases stored before senders were recorded were all sent by their owner for themselves.
    private static CaseSender senderOf(Map<String, AttributeValue> item) {
        AttributeValue sender = item.get("sender");
        if (sender == null || !sender.hasM()) {
            return null;
        }
        Map<String, AttributeValue> m = sender.m();
        return new CaseSender(CaseSender.Kind.valueOf(m.get("kind").s()), m.get("subject").s(), m.get("name").s(),
                AttributeValues.string(m, "organisation"), AttributeValues.string(m, "agbCode"),
                AttributeValues.string(m, "organisationKind"), AttributeValues.string(m, "basis"),
                AttributeValues.string(m, "reference"), AttributeValues.string(m, "channel"));
    }

    private static CaseRecord.Part partOf(AttributeValue value) {
        if (value == null || !value.hasM()) {
            return null;
        }
        Map<String, AttributeValue> m = value.m();
        return new CaseRecord.Part(AttributeValues.string(m, "requestId"), AttributeValues.string(m, "part"),
                AttributeValues.string(m, "question"));
    }
}
