package nl.toegang.core.households;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toegang.core.storage.AttributeValues;
import nl.toegang.core.storage.TableNames;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The households table. A household is one item; each member also has a membership item under
 * {@code PERSON#<bsn>}, written in the same transaction, so a person is in one household at most
 * and finding it is one consistent read. Plan, consent and meeting records live in the same table
 * under their own {@code item} prefixes (see {@link #ITEM}).
 */
@Singleton
public class HouseholdRepository {

    /** The sort key of the household item itself; other records use other values ("PLAN", "CONSENT#..."). */
    public static final String ITEM = "HOUSEHOLD";
    private static final String MEMBERSHIP = "MEMBERSHIP";
    private static final String INDEX = "INDEX#";
    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public HouseholdRepository(DynamoDbClient dynamo, TableNames tables) {
        this.dynamo = dynamo;
        this.table = tables.getHouseholds();
    }

    /** The table, for the repositories of records kept under a household (plan, consent, meetings). */
    public String table() {
        return table;
    }

    /**
     * Stores a new household with version 1.
     *
     * @return empty when one of its members is already in a household (someone else was quicker)
     */
    public Optional<Household> create(Household household) {
        Household stored = new Household(household.householdId(), household.members(), household.coordinator(),
                household.createdAt(), 1);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(stored))
                .conditionExpression("attribute_not_exists(householdId)").build()).build());
        stored.members().forEach(m -> writes.add(joins(stored.householdId(), m.bsn())));
        return write(writes) ? Optional.of(stored) : Optional.empty();
    }

    /**
     * Stores a changed household when nobody changed it since {@code changed.version()} was read.
     *
     * @return the stored household with its new version, or empty when it changed in between or a
     *         new member is already in another household
     */
    public Optional<Household> update(Household changed) {
        Household before = find(changed.householdId()).orElse(null);
        if (before == null || before.version() != changed.version()) {
            return Optional.empty();
        }
        Household stored = new Household(changed.householdId(), changed.members(), changed.coordinator(),
                changed.createdAt(), changed.version() + 1);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(stored))
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(changed.version()))))
                .build()).build());
        Set<String> was = bsns(before);
        Set<String> is = bsns(stored);
        is.stream().filter(b -> !was.contains(b)).forEach(b -> writes.add(joins(stored.householdId(), b)));
        was.stream().filter(b -> !is.contains(b)).forEach(b -> writes.add(leaves(stored.householdId(), b)));
        return write(writes) ? Optional.of(stored) : Optional.empty();
    }

    /**
     * Writes a record kept under a household (the plan, an MDO) when nobody wrote it since it was
     * read: {@code readVersion} 0 means it must not exist yet. The item is stored with
     * {@code version = readVersion + 1}; a change based on an older read is refused, never merged.
     *
     * @return false when someone else was first
     */
    public boolean putVersioned(Map<String, AttributeValue> item, long readVersion) {
        Map<String, AttributeValue> versioned = new HashMap<>(item);
        versioned.put("version", AttributeValue.fromN(Long.toString(readVersion + 1)));
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table).item(versioned);
        if (readVersion == 0) {
            put.conditionExpression("attribute_not_exists(householdId)");
        } else {
            put.conditionExpression("version = :v")
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(readVersion))));
        }
        try {
            dynamo.putItem(put.build());
            return true;
        } catch (ConditionalCheckFailedException someoneElseWasFirst) {
            return false;
        }
    }

    /**
     * Writes a row of an index: records of every household that must be listed together (all
     * doorbraken, the households with a safety override) each get a row under the fixed partition
     * {@code INDEX#<index>}, so listing them is one query instead of a scan of the whole table.
     * Write the row before the record it points at: a row whose record was never written (a crash
     * in between) points at nothing, and readers skip it; a record without its row would be missed.
     *
     * @param row the row's sort key, unique within the index; writing it again changes nothing
     * @param attributes what a reader of the index needs to find the record
     */
    public void putIndexRow(String index, String row, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put("householdId", s(INDEX + index));
        item.put("item", s(row));
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    /** Every row of an index, in row order. */
    public List<Map<String, AttributeValue>> indexRows(String index) {
        return dynamo.queryPaginator(QueryRequest.builder().tableName(table).consistentRead(true)
                        .keyConditionExpression("householdId = :h")
                        .expressionAttributeValues(Map.of(":h", s(INDEX + index)))
                        .build())
                .items().stream().toList();
    }

    /** The items with these keys ({@code householdId}, {@code item}) that exist, in no particular order. */
    public List<Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().consistentRead(true)
                    .keys(keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT))).build());
            while (!pending.isEmpty()) {
                var answer = dynamo.batchGetItem(BatchGetItemRequest.builder().requestItems(pending).build());
                found.addAll(answer.responses().getOrDefault(table, List.of()));
                pending = answer.unprocessedKeys();
            }
        }
        return found;
    }

    /** The records kept under a household whose item starts with the prefix ("CONSENT#", "MDO#" ...), in item order. */
    public List<Map<String, Object>> itemsStartingWith(String householdId, String prefix) {
        return dynamo.queryPaginator(QueryRequest.builder().tableName(table).consistentRead(true)
                        .keyConditionExpression("householdId = :h AND begins_with(#item, :p)")
                        .expressionAttributeNames(Map.of("#item", "item"))
                        .expressionAttributeValues(Map.of(":h", s(householdId), ":p", s(prefix)))
                        .build())
                .items().stream().map(AttributeValues::toJavaMap).toList();
    }

    public Optional<Household> find(String householdId) {
        var item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("householdId", s(householdId), "item", s(ITEM))).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toHousehold(item));
    }

    /** The household the person with this BSN is a member of. */
    public Optional<Household> findByMember(String bsn) {
        var item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("householdId", s(person(bsn)), "item", s(MEMBERSHIP))).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : find(item.get("of").s());
    }

    private boolean write(List<TransactWriteItem> writes) {
        try {
            dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(writes).build());
            return true;
        } catch (TransactionCanceledException someoneElseWasFirst) {
            return false;
        }
    }

    private TransactWriteItem joins(String householdId, String bsn) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(Map.of("householdId", s(person(bsn)), "item", s(MEMBERSHIP), "of", s(householdId)))
                .conditionExpression("attribute_not_exists(householdId)").build()).build();
    }

    private TransactWriteItem leaves(String householdId, String bsn) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(Map.of("householdId", s(person(bsn)), "item", s(MEMBERSHIP)))
                .conditionExpression("#of = :h")
                .expressionAttributeNames(Map.of("#of", "of"))
                .expressionAttributeValues(Map.of(":h", s(householdId))).build()).build();
    }

    private static String person(String bsn) {
        return "PERSON#" + bsn;
    }

    private static Set<String> bsns(Household h) {
        return h.members().stream().map(Member::bsn).collect(Collectors.toSet());
    }

    private static Map<String, AttributeValue> item(Household h) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("householdId", s(h.householdId()));
        item.put("item", s(ITEM));
        item.put("createdAt", s(h.createdAt().toString()));
        item.put("version", AttributeValue.fromN(Long.toString(h.version())));
        item.put("members", AttributeValues.of(h.members().stream().map(HouseholdRepository::memberMap).toList()));
        if (h.coordinator() != null) {
            Coordinator c = h.coordinator();
            item.put("coordinator", AttributeValues.of(Map.of("subject", c.subject(), "name", c.name(),
                    "team", c.team(), "since", c.since().toString())));
        }
        return item;
    }

    private static Map<String, Object> memberMap(Member m) {
        Map<String, Object> map = new HashMap<>();
        map.put("bsn", m.bsn());
        map.put("name", m.name());
        map.put("relation", m.relation().name());
        if (m.birthDate() != null) {
            map.put("birthDate", m.birthDate().toString());
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Household toHousehold(Map<String, AttributeValue> item) {
        Map<String, Object> h = AttributeValues.toJavaMap(item);
        List<Member> members = ((List<Map<String, Object>>) h.get("members")).stream()
                .map(m -> new Member((String) m.get("bsn"), (String) m.get("name"),
                        m.get("birthDate") == null ? null : LocalDate.parse((String) m.get("birthDate")),
                        MemberRelation.valueOf((String) m.get("relation"))))
                .toList();
        Map<String, Object> c = (Map<String, Object>) h.get("coordinator");
        Coordinator coordinator = c == null ? null : new Coordinator((String) c.get("subject"), (String) c.get("name"),
                (String) c.get("team"), Instant.parse((String) c.get("since")));
        return new Household((String) h.get("householdId"), members, coordinator,
                Instant.parse((String) h.get("createdAt")), ((Number) h.get("version")).longValue());
    }
}
