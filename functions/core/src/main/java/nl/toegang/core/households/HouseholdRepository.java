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
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
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
