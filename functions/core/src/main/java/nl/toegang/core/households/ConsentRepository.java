package nl.toegang.core.households;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.core.storage.AttributeValues;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Consents ({@code CONSENT#<id>}) and safety overrides ({@code OVERRIDE#<at>#<id>}) in the households table. */
@Singleton
public class ConsentRepository {

    private static final String CONSENT = "CONSENT#";
    private static final String OVERRIDE = "OVERRIDE#";
    private static final String OVERRIDE_INDEX = "OVERRIDE";

    private final DynamoDbClient dynamo;
    private final String table;
    private final HouseholdRepository households;

    public ConsentRepository(DynamoDbClient dynamo, HouseholdRepository households) {
        this.dynamo = dynamo;
        this.table = households.table();
        this.households = households;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public void record(Consent c) {
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item(c)).build());
    }

    /**
     * Stores the consent unless one with its id exists: the same id sent twice (a double click)
     * stores one, and never brings a revoked consent back.
     *
     * @return whether it was stored now
     */
    public boolean recordIfAbsent(Consent c) {
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item(c))
                    .conditionExpression("attribute_not_exists(householdId)").build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    private static Map<String, AttributeValue> item(Consent c) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("householdId", s(c.householdId()));
        item.put("item", s(CONSENT + c.consentId()));
        item.put("memberBsn", s(c.memberBsn()));
        item.put("scope", s(c.scope().name()));
        item.put("purpose", s(c.purpose()));
        item.put("until", s(c.until().toString()));
        item.put("givenBy", s(c.givenBy()));
        item.put("givenByName", s(c.givenByName()));
        item.put("givenAt", s(c.givenAt().toString()));
        return item;
    }

    /** @return false when it did not exist or was revoked already (a second click changes nothing) */
    public boolean revoke(String householdId, String consentId, Instant at) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(Map.of("householdId", s(householdId), "item", s(CONSENT + consentId)))
                    .updateExpression("SET revokedAt = :at")
                    .conditionExpression("attribute_exists(householdId) AND attribute_not_exists(revokedAt)")
                    .expressionAttributeValues(Map.of(":at", s(at.toString())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException alreadyRevoked) {
            return false;
        }
    }

    public List<Consent> consents(String householdId) {
        return households.itemsStartingWith(householdId, CONSENT).stream().map(ConsentRepository::toConsent).toList();
    }

    public void record(SafetyOverride o) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("householdId", s(o.householdId()));
        item.put("item", s(OVERRIDE + o.at() + "#" + o.overrideId()));
        item.put("overrideId", s(o.overrideId()));
        item.put("memberBsn", s(o.memberBsn()));
        item.put("scope", s(o.scope().name()));
        item.put("reason", s(o.reason()));
        item.put("hiddenFromMember", AttributeValue.fromBool(o.hiddenFromMember()));
        item.put("by", s(o.by()));
        item.put("byName", s(o.byName()));
        item.put("at", s(o.at().toString()));
        // The index row says this household has overrides, so team leads find them without a scan.
        households.putIndexRow(OVERRIDE_INDEX, o.householdId(), Map.of());
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    /** The households that have a safety override, for the team leads who must see them. */
    public List<String> householdsWithOverrides() {
        return households.indexRows(OVERRIDE_INDEX).stream().map(row -> row.get("item").s()).toList();
    }

    /** Oldest first. */
    public List<SafetyOverride> overrides(String householdId) {
        return households.itemsStartingWith(householdId, OVERRIDE).stream().map(ConsentRepository::toOverride).toList();
    }


    private static Consent toConsent(Map<String, Object> m) {
        String item = (String) m.get("item");
        return new Consent(item.substring(CONSENT.length()), (String) m.get("householdId"), (String) m.get("memberBsn"),
                ConsentScope.valueOf((String) m.get("scope")), (String) m.get("purpose"),
                LocalDate.parse((String) m.get("until")), (String) m.get("givenBy"), (String) m.get("givenByName"),
                Instant.parse((String) m.get("givenAt")),
                m.get("revokedAt") == null ? null : Instant.parse((String) m.get("revokedAt")));
    }

    private static SafetyOverride toOverride(Map<String, Object> m) {
        return new SafetyOverride((String) m.get("overrideId"), (String) m.get("householdId"),
                (String) m.get("memberBsn"), ConsentScope.valueOf((String) m.get("scope")), (String) m.get("reason"),
                Boolean.TRUE.equals(m.get("hiddenFromMember")), (String) m.get("by"), (String) m.get("byName"),
                Instant.parse((String) m.get("at")));
    }
}
