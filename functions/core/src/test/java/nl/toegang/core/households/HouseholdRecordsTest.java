package nl.toegang.core.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.toegang.core.CoreTestEnvironment;
import nl.toegang.core.storage.AttributeValues;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

/**
 * Records kept under a household in the real table of DynamoDB Local: a versioned record is
 * written once per version it was read at, and the lists across households (every doorbraak, the
 * households with a safety override) come from index rows, complete when people write at once.
 */
class HouseholdRecordsTest {

    final HouseholdRepository households = CoreTestEnvironment.bean(HouseholdRepository.class);
    final DoorbraakRepository doorbraken = CoreTestEnvironment.bean(DoorbraakRepository.class);
    final ConsentRepository consents = CoreTestEnvironment.bean(ConsentRepository.class);
    final DynamoDbClient dynamo = CoreTestEnvironment.bean(DynamoDbClient.class);

    @Test
    void aVersionedRecordIsWrittenOnceForEachVersionItWasReadAt() throws Exception {
        String id = HouseholdIds.next();
        var item = Map.of("householdId", AttributeValues.s(id), "item", AttributeValues.s("TEST#record"));

        List<Boolean> firstWrites = atOnce(4, () -> households.putVersioned(item, 0));
        assertThat(firstWrites).containsOnlyOnce(true);
        assertThat(households.putVersioned(item, 1)).as("a change based on version 1").isTrue();
        assertThat(households.putVersioned(item, 1)).as("a second change based on version 1").isFalse();
        assertThat(households.putVersioned(item, 0)).as("a new record where one exists").isFalse();
        assertThat(households.itemsStartingWith(id, "TEST#")).singleElement()
                .satisfies(m -> assertThat(((Number) m.get("version")).longValue()).isEqualTo(2));
    }

    @Test
    void everyDoorbraakIsListedFromTheIndexAndOneWhoseRecordIsGoneIsSkipped() throws Exception {
        String id = HouseholdIds.next();
        List<Doorbraak> asked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            asked.add(doorbraak(id, "regel " + i));
        }
        AtomicInteger next = new AtomicInteger();
        List<Boolean> created = atOnce(asked.size(), () -> doorbraken.createIfAbsent(asked.get(next.getAndIncrement())));
        assertThat(created).containsOnly(true);
        assertThat(doorbraken.createIfAbsent(asked.get(0))).as("the same request again").isFalse();

        assertThat(doorbraken.all()).filteredOn(d -> d.householdId().equals(id)).extracting(Doorbraak::rule)
                .containsExactlyInAnyOrder("regel 0", "regel 1", "regel 2");

        dynamo.deleteItem(DeleteItemRequest.builder().tableName(households.table()).key(Map.of(
                "householdId", AttributeValues.s(id), "item", AttributeValues.s("DOORBRAAK#" + asked.get(1).doorbraakId())))
                .build());
        assertThat(doorbraken.all()).filteredOn(d -> d.householdId().equals(id)).extracting(Doorbraak::rule)
                .containsExactlyInAnyOrder("regel 0", "regel 2");
    }

    @Test
    void twoOverridesRecordedAtOnceAreBothKeptAndTheirHouseholdIsListedOnce() throws Exception {
        String id = HouseholdIds.next();
        List<Boolean> recorded = atOnce(2, () -> {
            consents.record(new SafetyOverride(ConsentRepository.newId(), id, "900000011", ConsentScope.PROFESSIONALS,
                    "Zorgen om de veiligheid", false, "sanne", "Sanne de Vries", Instant.now()));
            return true;
        });

        assertThat(recorded).containsOnly(true);
        assertThat(consents.overrides(id)).hasSize(2);
        assertThat(consents.householdsWithOverrides()).containsOnlyOnce(id);
    }

    private static Doorbraak doorbraak(String householdId, String rule) {
        return new Doorbraak(ConsentRepository.newId(), householdId, "WMO-TEST", rule, "bedoeling", "nodig", "oordeel",
                "voorstel", 10_000L, "doel", "sanne", "Sanne de Vries", "wmo", Instant.now(), Doorbraak.Outcome.REQUESTED,
                null, null, null, null, null, null);
    }

    private static <T> List<T> atOnce(int n, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> tries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tries.add(pool.submit(() -> {
                go.await();
                return action.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> t : tries) {
            results.add(t.get());
        }
        pool.shutdown();
        return results;
    }
}
