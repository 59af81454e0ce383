package nl.toegang.core.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toegang.core.CoreTestEnvironment;
import org.junit.jupiter.api.Test;

/** Households in the real table of DynamoDB Local: one household per person, and changes that cannot overwrite each other. */
class HouseholdRepositoryTest {

    final HouseholdRepository households = CoreTestEnvironment.bean(HouseholdRepository.class);
    final Random random = new Random();

    @Test
    void aMemberFindsTheirHouseholdWithItsMembersAndCoordinator() {
        Member anna = member("Anna", MemberRelation.MAIN_PERSON, LocalDate.of(1985, 3, 2));
        Member sam = member("Sam", MemberRelation.CHILD, LocalDate.of(2015, 6, 1));
        Coordinator sanne = new Coordinator("sanne", "Sanne de Vries", "wmo", Instant.parse("2026-12-01T09:00:00Z"));
        Household created = households.create(new Household(HouseholdIds.next(), List.of(anna, sam), sanne,
                Instant.parse("2026-12-01T09:00:00Z"), 0)).orElseThrow();

        Household found = households.findByMember(sam.bsn()).orElseThrow();

        assertThat(found).isEqualTo(created);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.member(sam.bsn()).orElseThrow().minorOn(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(found.coordinator().name()).isEqualTo("Sanne de Vries");
    }

    @Test
    void twoWorkersStartingAHouseholdForThesamePersonAtOnceMakeOne() throws Exception {
        Member piet = member("Piet", MemberRelation.MAIN_PERSON, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Household>>> tries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tries.add(pool.submit(() -> {
                go.await();
                return households.create(new Household(HouseholdIds.next(), List.of(piet), null, Instant.now(), 0));
            }));
        }
        go.countDown();
        List<Household> made = new ArrayList<>();
        for (Future<Optional<Household>> t : tries) {
            t.get().ifPresent(made::add);
        }
        pool.shutdown();

        assertThat(made).hasSize(1);
        assertThat(households.findByMember(piet.bsn()).orElseThrow().householdId()).isEqualTo(made.get(0).householdId());
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedAndMembershipFollowsTheMembers() {
        Member a = member("A", MemberRelation.MAIN_PERSON, null);
        Member b = member("B", MemberRelation.PARTNER, null);
        Member c = member("C", MemberRelation.CHILD, null);
        Household v1 = households.create(new Household(HouseholdIds.next(), List.of(a, b), null, Instant.now(), 0))
                .orElseThrow();

        Household v2 = households.update(v1.withMembers(List.of(a, c))).orElseThrow();
        Optional<Household> stale = households.update(v1.withMembers(List.of(a)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(stale).isEmpty();
        assertThat(households.findByMember(b.bsn())).isEmpty();
        assertThat(households.findByMember(c.bsn()).orElseThrow().members()).containsExactly(a, c);
    }

    @Test
    void someoneAlreadyInAnotherHouseholdCannotBeAdded() {
        Member a = member("A", MemberRelation.MAIN_PERSON, null);
        Member b = member("B", MemberRelation.MAIN_PERSON, null);
        households.create(new Household(HouseholdIds.next(), List.of(b), null, Instant.now(), 0)).orElseThrow();
        Household first = households.create(new Household(HouseholdIds.next(), List.of(a), null, Instant.now(), 0))
                .orElseThrow();

        assertThat(households.update(first.withMembers(List.of(a, b)))).isEmpty();
        assertThat(households.find(first.householdId()).orElseThrow().members()).containsExactly(a);
    }

    private Member member(String name, MemberRelation relation, LocalDate born) {
        return new Member(String.format("9%08d", random.nextInt(100_000_000)), name, born, relation);
    }
}
