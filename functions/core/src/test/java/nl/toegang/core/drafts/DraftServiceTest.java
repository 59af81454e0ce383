package nl.toegang.core.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toegang.auth.Principal;
import nl.toegang.core.CoreTestEnvironment;
import nl.toegang.core.web.ProblemException;
import org.junit.jupiter.api.Test;

/** Drafts in the real drafts table of DynamoDB Local: owner only, expiry, and saves at the same moment. */
class DraftServiceTest {

    final DraftRepository repository = CoreTestEnvironment.bean(DraftRepository.class);
    final DraftService drafts = CoreTestEnvironment.bean(DraftService.class);
    final Principal jan = CoreTestEnvironment.resident("jan-" + UUID.randomUUID());
    final Principal anna = CoreTestEnvironment.resident("anna-" + UUID.randomUUID());

    @Test
    void aDraftKeepsEachStepsAnswersAndOnlyItsOwnerFindsIt() {
        String id = DraftService.newId();
        drafts.saveStep(jan, id, "wmo-melding", 1, List.of("voornaam", "email"), Map.of("voornaam", "Jan", "email", "j@example.nl"));
        // Step 1 again without the optional e-mail: it is gone, other answers stay.
        drafts.saveStep(jan, id, "wmo-melding", 2, List.of("namens"), Map.of("namens", "zelf"));
        Draft draft = drafts.saveStep(jan, id, "wmo-melding", 1, List.of("voornaam", "email"), Map.of("voornaam", "Johan"));

        assertThat(draft.values()).containsOnly(Map.entry("voornaam", "Johan"), Map.entry("namens", "zelf"));
        assertThat(draft.continueAt(4)).isEqualTo(3);
        assertThat(drafts.mine(jan)).extracting(Draft::draftId).containsExactly(id);
        assertThat(drafts.own(anna, id)).isEmpty();
        assertThat(drafts.mine(anna)).isEmpty();
        assertThatThrownBy(() -> drafts.saveStep(anna, id, "wmo-melding", 3, List.of("situatie"), Map.of("situatie", "x")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> drafts.delete(anna, id))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(drafts.own(jan, id).orElseThrow().values()).containsEntry("voornaam", "Johan").doesNotContainKey("situatie");
    }

    @Test
    void aDraftExpiresAfterTheRetentionDaysEvenBeforeDynamoDbRemovesIt() {
        DraftSettings settings = new DraftSettings();
        settings.setRetentionDays(3);
        Instant saved = Instant.parse("2026-11-01T10:00:00Z");
        String id = DraftService.newId();
        at(saved, settings).saveStep(jan, id, "wmo-melding", 1, List.of("voornaam"), Map.of("voornaam", "Jan"));

        DraftService twoDaysLater = at(saved.plus(Duration.ofDays(2)), settings);
        DraftService threeDaysLater = at(saved.plus(Duration.ofDays(3)), settings);

        assertThat(repository.find(id).orElseThrow().expiresAt()).isEqualTo(saved.plus(Duration.ofDays(3)));
        assertThat(twoDaysLater.own(jan, id)).isPresent();
        assertThat(threeDaysLater.own(jan, id)).isEmpty();
        assertThat(threeDaysLater.mine(jan)).isEmpty();
        assertThatThrownBy(() -> threeDaysLater.saveStep(jan, id, "wmo-melding", 2, List.of("namens"), Map.of("namens", "zelf")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(repository.find(id).orElseThrow().values()).doesNotContainKey("namens");
    }

    @Test
    void savingAgainMovesTheExpiryOn() {
        DraftSettings settings = new DraftSettings();
        settings.setRetentionDays(3);
        Instant saved = Instant.parse("2026-11-01T10:00:00Z");
        String id = DraftService.newId();
        at(saved, settings).saveStep(jan, id, "wmo-melding", 1, List.of("voornaam"), Map.of("voornaam", "Jan"));
        at(saved.plus(Duration.ofDays(2)), settings).saveStep(jan, id, "wmo-melding", 2, List.of("namens"), Map.of("namens", "zelf"));

        assertThat(at(saved.plus(Duration.ofDays(4)), settings).own(jan, id)).isPresent();
    }

    @Test
    void stepsSavedAtTheSameMomentFromSeveralTabsAreAllKept() throws Exception {
        String id = DraftService.newId();
        int tabs = 8;
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Draft>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < tabs; i++) {
                String key = "veld" + i;
                int step = i + 1;
                saves.add(pool.submit(() -> {
                    go.await();
                    return drafts.saveStep(jan, id, "wmo-melding", step, List.of(key), Map.of(key, "antwoord " + step));
                }));
            }
            go.countDown();
            for (Future<Draft> save : saves) {
                save.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Draft draft = drafts.own(jan, id).orElseThrow();
        assertThat(draft.values()).hasSize(tabs).containsEntry("veld0", "antwoord 1").containsEntry("veld7", "antwoord 8");
        assertThat(draft.savedSteps()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(draft.version()).isEqualTo(tabs);
        assertThat(drafts.mine(jan)).hasSize(1);
    }

    private DraftService at(Instant now, DraftSettings settings) {
        return new DraftService(repository, settings, Clock.fixed(now, ZoneOffset.UTC));
    }
}
