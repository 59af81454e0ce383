package nl.toegang.core.households.plan;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.storage.AttributeValues;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** MDOs ({@code MDO#<id>}) in the households table. */
@Singleton
public class MdoRepository {

    private static final String MDO = "MDO#";

    private final DynamoDbClient dynamo;
    private final String table;
    private final HouseholdRepository households;

    public MdoRepository(DynamoDbClient dynamo, HouseholdRepository households) {
        this.dynamo = dynamo;
        this.table = households.table();
        this.households = households;
    }

    /**
     * Stores a new MDO (version 0) or a change to one, when nobody changed it since it was read.
     *
     * @return the stored MDO with its new version, or empty when someone else was first
     */
    public Optional<Mdo> save(Mdo changed) {
        Mdo stored = new Mdo(changed.mdoId(), changed.householdId(), changed.date(), changed.participants(),
                changed.agreements(), changed.outcome(), changed.calledBy(), changed.calledByName(), changed.calledAt(),
                changed.version() + 1);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("householdId", s(stored.householdId()));
        item.put("item", s(MDO + stored.mdoId()));
        item.put("mdoId", s(stored.mdoId()));
        item.put("date", s(stored.date().toString()));
        item.put("participants", AttributeValues.of(stored.participants().stream().map(MdoRepository::participantMap).toList()));
        item.put("agreements", AttributeValues.of(stored.agreements().stream().map(MdoRepository::agreementMap).toList()));
        if (stored.outcome() != null) {
            item.put("outcome", s(stored.outcome()));
        }
        item.put("calledBy", s(stored.calledBy()));
        item.put("calledByName", s(stored.calledByName()));
        item.put("calledAt", s(stored.calledAt().toString()));
        return households.putVersioned(item, changed.version()) ? Optional.of(stored) : Optional.empty();
    }

    public Optional<Mdo> find(String householdId, String mdoId) {
        var item = dynamo.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("householdId", s(householdId), "item", s(MDO + mdoId))).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toMdo(AttributeValues.toJavaMap(item)));
    }

    public List<Mdo> list(String householdId) {
        return households.itemsStartingWith(householdId, MDO).stream().map(MdoRepository::toMdo)
                .sorted(java.util.Comparator.comparing(Mdo::date)).toList();
    }

    private static Map<String, Object> participantMap(MdoParticipant p) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", p.name());
        m.put("role", p.role());
        m.put("organisation", p.organisation() == null ? "" : p.organisation());
        if (p.memberBsn() != null) {
            m.put("memberBsn", p.memberBsn());
        }
        return m;
    }

    private static Map<String, Object> agreementMap(MdoAgreement a) {
        Map<String, Object> m = new HashMap<>();
        m.put("agreementId", a.agreementId());
        m.put("text", a.text());
        if (a.actionId() != null) {
            m.put("goalId", a.goalId());
            m.put("actionId", a.actionId());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Mdo toMdo(Map<String, Object> m) {
        List<MdoParticipant> participants = ((List<Map<String, Object>>) m.get("participants")).stream()
                .map(p -> new MdoParticipant((String) p.get("name"), (String) p.get("role"),
                        (String) p.get("organisation"), (String) p.get("memberBsn")))
                .toList();
        List<MdoAgreement> agreements = ((List<Map<String, Object>>) m.get("agreements")).stream()
                .map(a -> new MdoAgreement((String) a.get("agreementId"), (String) a.get("text"),
                        (String) a.get("goalId"), (String) a.get("actionId")))
                .toList();
        return new Mdo((String) m.get("mdoId"), (String) m.get("householdId"), LocalDate.parse((String) m.get("date")),
                participants, agreements, (String) m.get("outcome"), (String) m.get("calledBy"),
                (String) m.get("calledByName"), Instant.parse((String) m.get("calledAt")),
                ((Number) m.get("version")).longValue());
    }
}
