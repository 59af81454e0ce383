package nl.toegang.core.definitions;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.toegang.core.storage.TableNames;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** The definitions table: every deployed version of every model, form and letter template. */
@Singleton
public class DefinitionRepository {

    private final DynamoDbClient dynamo;
    private final String table;
    // A deployed version never changes, so lookups by engine key can be kept for the process's life.
    private final Map<String, DeployedDefinition> byKey = new ConcurrentHashMap<>();

    public DefinitionRepository(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.table = tables.getDefinitions();
    }

    /**
     * Records a version; the engine returns the same version for an unchanged file, which is kept as
     * first recorded. Two administrators deploying at the same moment therefore never overwrite each
     * other's record: the engine numbers the versions, and each number is written once.
     */
    public void record(DeployedDefinition d) {
        recordIfNew(d);
    }

    /**
     * Records a version unless one with its number is there already.
     *
     * @return whether this call wrote it; false when the number was taken
     */
    public boolean recordIfNew(DeployedDefinition d) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("resourceId", s(d.resourceId()));
        item.put("version", AttributeValue.fromN(Integer.toString(d.version())));
        item.put("kind", s(d.kind().name()));
        item.put("id", s(d.id()));
        item.put("definitionKey", s(d.definitionKey()));
        item.put("resourceName", s(d.resourceName()));
        item.put("content", s(d.content()));
        item.put("deployedBy", s(d.deployedBy()));
        item.put("deployedAt", s(d.deployedAt().toString()));
        if (d.restoredFrom() != null) {
            item.put("restoredFrom", AttributeValue.fromN(Integer.toString(d.restoredFrom())));
        }
        try {
            dynamo.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(resourceId)")
                    .build());
            return true;
        } catch (ConditionalCheckFailedException sameVersionAgain) {
            // unchanged file deployed again: the first record stays
            return false;
        }
    }

    public Optional<DeployedDefinition> latest(DefinitionKind kind, String id) {
        var items = dynamo.query(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("resourceId = :r")
                .expressionAttributeValues(Map.of(":r", s(kind.resourceId(id))))
                .scanIndexForward(false)
                .limit(1)
                .consistentRead(true)
                .build()).items();
        return items.isEmpty() ? Optional.empty() : Optional.of(toDefinition(items.get(0)));
    }

    /** One version, e.g. the form a case was submitted with: its answers read with its own labels. */
    public Optional<DeployedDefinition> find(DefinitionKind kind, String id, int version) {
        var item = dynamo.getItem(r -> r.tableName(table).key(Map.of(
                "resourceId", s(kind.resourceId(id)),
                "version", AttributeValue.fromN(Integer.toString(version))))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toDefinition(item));
    }

    public Optional<DeployedDefinition> findByKey(String definitionKey) {
        DeployedDefinition cached = byKey.get(definitionKey);
        if (cached != null) {
            return Optional.of(cached);
        }
        var items = dynamo.query(QueryRequest.builder()
                .tableName(table)
                .indexName("by-key")
                .keyConditionExpression("definitionKey = :k")
                .expressionAttributeValues(Map.of(":k", s(definitionKey)))
                .build()).items();
        Optional<DeployedDefinition> found = items.stream().findFirst().map(DefinitionRepository::toDefinition);
        found.ifPresent(d -> byKey.put(definitionKey, d));
        return found;
    }

    /** Every version of one definition, newest first; the first is the one new cases use. */
    public List<DeployedDefinition> versions(DefinitionKind kind, String id) {
        return dynamo.queryPaginator(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("resourceId = :r")
                .expressionAttributeValues(Map.of(":r", s(kind.resourceId(id))))
                .scanIndexForward(false)
                .consistentRead(true)
                .build()).items().stream()
                .map(DefinitionRepository::toDefinition)
                .toList();
    }

    /** Every deployed version, grouped by resource and newest version first. */
    public List<DeployedDefinition> listAll() {
        return dynamo.scanPaginator(ScanRequest.builder().tableName(table).build()).items().stream()
                .map(DefinitionRepository::toDefinition)
                .sorted(Comparator.comparing(DeployedDefinition::resourceId)
                        .thenComparing(DeployedDefinition::version, Comparator.reverseOrder()))
                .toList();
    }

    private static DeployedDefinition toDefinition(Map<String, AttributeValue> item) {
        return new DeployedDefinition(
                DefinitionKind.valueOf(item.get("kind").s()),
                item.get("id").s(),
                Integer.parseInt(item.get("version").n()),
                item.get("definitionKey").s(),
                item.get("resourceName").s(),
                item.get("content").s(),
                item.get("deployedBy").s(),
                Instant.parse(item.get("deployedAt").s()),
                item.containsKey("restoredFrom") ? Integer.valueOf(item.get("restoredFrom").n()) : null);
    }
}
