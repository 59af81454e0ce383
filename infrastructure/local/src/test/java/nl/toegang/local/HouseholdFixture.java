package nl.toegang.local;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toegang.core.households.Coordinator;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdIds;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.MemberRelation;

/**
 * The Hoekstra household (Mirjam, Ronald and their son Sven) with Sanne (wmo) as coordinator.
 * The platform is shared by every test class and a person is in one household at most, so a
 * household another test made first is taken over rather than made twice.
 */
final class HouseholdFixture {

    static final String MIRJAM = "999992004";
    static final String RONALD = "999992016";
    static final String SVEN = "999992028";

    private HouseholdFixture() {}

    /**
     * Removes the Hoekstra household with everything kept under it (plan, consents, overrides,
     * meetings), so a test class starts from the family as the BRP knows it, whichever class ran before.
     */
    static void forgetHoekstra(LocalPlatform platform) {
        HouseholdRepository households = platform.context().getBean(HouseholdRepository.class);
        DynamoDbClient dynamo = platform.context().getBean(DynamoDbClient.class);
        households.findByMember(MIRJAM).or(() -> households.findByMember(RONALD)).ifPresent(h -> {
            dynamo.queryPaginator(QueryRequest.builder().tableName(households.table())
                            .keyConditionExpression("householdId = :h")
                            .expressionAttributeValues(Map.of(":h", AttributeValue.fromS(h.householdId())))
                            .build())
                    .items().forEach(item -> dynamo.deleteItem(DeleteItemRequest.builder().tableName(households.table())
                            .key(Map.of("householdId", item.get("householdId"), "item", item.get("item"))).build()));
            h.members().forEach(m -> dynamo.deleteItem(DeleteItemRequest.builder().tableName(households.table())
                    .key(Map.of("householdId", AttributeValue.fromS("PERSON#" + m.bsn()),
                            "item", AttributeValue.fromS("MEMBERSHIP"))).build()));
        });
    }

    static Household hoekstra(LocalPlatform platform) {
        HouseholdRepository households = platform.context().getBean(HouseholdRepository.class);
        Coordinator sanne = new Coordinator("sanne", "Sanne de Vries", "wmo", Instant.now());
        var existing = households.findByMember(MIRJAM);
        if (existing.isPresent()) {
            Household h = existing.get();
            if (h.coordinator() != null && "sanne".equals(h.coordinator().subject())) {
                return h;
            }
            return households.update(h.withCoordinator(sanne)).orElseGet(() -> households.findByMember(MIRJAM).orElseThrow());
        }
        return households.create(new Household(HouseholdIds.next(), List.of(
                        new Member(MIRJAM, "Mirjam Hoekstra", LocalDate.of(1984, 4, 2), MemberRelation.MAIN_PERSON),
                        new Member(RONALD, "Ronald Hoekstra", LocalDate.of(1982, 9, 14), MemberRelation.PARTNER),
                        new Member(SVEN, "Sven Hoekstra", LocalDate.of(2012, 5, 20), MemberRelation.CHILD)),
                        sanne, Instant.now(), 0))
                .orElseGet(() -> households.findByMember(MIRJAM).orElseThrow());
    }
}
