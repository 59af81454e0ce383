package nl.toegang.core.households;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.core.storage.AttributeValues;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** Doorbraken ({@code DOORBRAAK#<id>}) in the households table. */
@Singleton
public class DoorbraakRepository {

    private static final String PREFIX = "DOORBRAAK#";
    private static final String INDEX = "DOORBRAAK";
    /** In an index row: the household the doorbraak is kept under. */
    private static final String OF = "of";

    private final DynamoDbClient dynamo;
    private final String table;
    private final HouseholdRepository households;

    public DoorbraakRepository(DynamoDbClient dynamo, HouseholdRepository households) {
        this.dynamo = dynamo;
        this.table = households.table();
        this.households = households;
    }

    /**
     * Stores a new doorbraak, after its row in the doorbraak index (see {@link HouseholdRepository#putIndexRow}).
     *
     * @return false when one with this id exists (the same request sent twice)
     */
    public boolean createIfAbsent(Doorbraak d) {
        households.putIndexRow(INDEX, d.householdId() + "#" + d.doorbraakId(),
                Map.of(OF, s(d.householdId()), "doorbraakId", s(d.doorbraakId())));
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item(d))
                    .conditionExpression("attribute_not_exists(householdId)").build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    /** Records the decision once: a decision delivered twice keeps the first. */
    public boolean decide(Doorbraak decided) {
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item(decided))
                    .conditionExpression("outcome = :requested")
                    .expressionAttributeValues(Map.of(":requested", s(Doorbraak.Outcome.REQUESTED.name())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException alreadyDecided) {
            return false;
        }
    }

    public Optional<Doorbraak> find(String householdId, String doorbraakId) {
        var item = dynamo.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("householdId", s(householdId), "item", s(PREFIX + doorbraakId))).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(of(AttributeValues.toJavaMap(item)));
    }

    public List<Doorbraak> of(String householdId) {
        return households.itemsStartingWith(householdId, PREFIX).stream().map(DoorbraakRepository::of).toList();
    }

    /**
     * Every doorbraak, for the council's figures: the rows of the doorbraak index say where each one
     * is, so the list is a query and a batch of reads, not a scan of the households table.
     */
    public List<Doorbraak> all() {
        List<Map<String, AttributeValue>> keys = households.indexRows(INDEX).stream()
                .map(row -> Map.of("householdId", row.get(OF), "item", s(PREFIX + row.get("doorbraakId").s())))
                .toList();
        return households.getAll(keys).stream().map(AttributeValues::toJavaMap).map(DoorbraakRepository::of)
                .sorted(java.util.Comparator.comparing(Doorbraak::requestedAt)).toList();
    }

    private static Map<String, AttributeValue> item(Doorbraak d) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("householdId", s(d.householdId()));
        item.put("item", s(PREFIX + d.doorbraakId()));
        item.put("doorbraakId", s(d.doorbraakId()));
        put(item, "caseId", d.caseId());
        put(item, "rule", d.rule());
        put(item, "lawIntends", d.lawIntends());
        put(item, "residentNeeds", d.residentNeeds());
        put(item, "professionalJudgement", d.professionalJudgement());
        put(item, "proposal", d.proposal());
        if (d.budgetCents() != null) {
            item.put("budgetCents", AttributeValue.fromN(d.budgetCents().toString()));
        }
        put(item, "budgetPurpose", d.budgetPurpose());
        put(item, "requestedBy", d.requestedBy());
        put(item, "requestedByName", d.requestedByName());
        put(item, "team", d.team());
        item.put("requestedAt", s(d.requestedAt().toString()));
        item.put("outcome", s(d.outcome().name()));
        put(item, "decidedBy", d.decidedBy());
        put(item, "decidedByName", d.decidedByName());
        if (d.decidedAt() != null) {
            item.put("decidedAt", s(d.decidedAt().toString()));
        }
        if (d.grantedCents() != null) {
            item.put("grantedCents", AttributeValue.fromN(d.grantedCents().toString()));
        }
        put(item, "grantedPurpose", d.grantedPurpose());
        put(item, "decisionReason", d.decisionReason());
        return item;
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }

    private static Doorbraak of(Map<String, Object> m) {
        return new Doorbraak(str(m, "doorbraakId"), str(m, "householdId"), str(m, "caseId"), str(m, "rule"),
                str(m, "lawIntends"), str(m, "residentNeeds"), str(m, "professionalJudgement"), str(m, "proposal"),
                cents(m.get("budgetCents")), str(m, "budgetPurpose"), str(m, "requestedBy"), str(m, "requestedByName"),
                str(m, "team"), Instant.parse(str(m, "requestedAt")), Doorbraak.Outcome.valueOf(str(m, "outcome")),
                str(m, "decidedBy"), str(m, "decidedByName"),
                m.get("decidedAt") == null ? null : Instant.parse(str(m, "decidedAt")), cents(m.get("grantedCents")),
                str(m, "grantedPurpose"), str(m, "decisionReason"));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static Long cents(Object v) {
        return v == null ? null : v instanceof Number n ? n.longValue() : Long.valueOf(v.toString());
    }
}
