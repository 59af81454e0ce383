package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.cases.RequestParts;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.jobs.JobType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code toegang.start-parts} against DynamoDB Local and the embedded engine with the shipped
 * models: every chosen part becomes one case with one running route, however often the job comes.
 */
class StartPartsHandlerTest {

    private static final AtomicLong KEYS = new AtomicLong(1000);
    private static final List<String> THREE_PARTS = List.of("wmo", "jeugdwet", "schuldhulp");

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        platform.bean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void eachChosenPartBecomesACaseOfItsOwnForTheSamePersonWithItsQuestion() {
        CaseRecord request = storeRequest("Paulien");

        handler().handle(startParts(request, THREE_PARTS));

        List<CaseRecord> parts = platform.bean(RequestParts.class).partsOf(request);
        assertThat(parts).extracting(CaseRecord::law).containsExactlyInAnyOrder("wmo", "jeugdwet", "schuldhulp");
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.ownerId()).isEqualTo(request.ownerId());
            assertThat(part.values()).isEqualTo(request.values());
            assertThat(part.partOf().requestId()).isEqualTo(request.caseId());
            assertThat(part.processStarted()).as("the engine has its start message").isTrue();
        });
        CaseRecord wmo = part(parts, "wmo");
        assertThat(wmo.caseId()).startsWith("WMO-");
        assertThat(wmo.partOf().question()).isEqualTo("Hulp bij het huishouden.");
        assertThat(part(parts, "jeugdwet").caseId()).startsWith("JW-");
        assertThat(platform.processInstancesOf(wmo.caseId())).as("the Wmo route runs for the part").hasSize(1);
        eventuallyHasFirstWmoTask(wmo);
        assertThat(platform.events(request.caseId(), CaseEvent.Type.PART_ADDED)).extracting(e -> e.text("part"))
                .containsExactlyInAnyOrderElementsOf(THREE_PARTS);
    }

    @Test
    void aJobDeliveredAgainStartsNothingTwice() {
        CaseRecord request = storeRequest("Asha");
        Job job = startParts(request, THREE_PARTS);

        Map<String, Object> first = handler().handle(job);
        Map<String, Object> again = handler().handle(job);

        assertThat(again).isEqualTo(first);
        assertOnceEach(request);
    }

    @Test
    void twoDeliveriesAtTheSameMomentMakeOneCaseAndOneRoutePerPart() throws Exception {
        CaseRecord request = storeRequest("Riet");
        Job job = startParts(request, THREE_PARTS);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Map<String, Object>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return handler().handle(job);
            }));
        }
        go.countDown();

        assertThat(runs.get(0).get()).isEqualTo(runs.get(1).get());
        assertOnceEach(request);
    }

    @Test
    void aPartThatIsNotConfiguredFailsTheJobBeforeAnyPartStarts() {
        CaseRecord request = storeRequest("Kees");

        assertThatThrownBy(() -> handler().handle(startParts(request, List.of("wmo", "huisvesting"))))
                .isInstanceOf(JobFailedException.class).hasMessageContaining("huisvesting").hasMessageContaining("toegang.parts");
        assertThat(platform.bean(RequestParts.class).partsOf(request)).isEmpty();
    }

    private static void assertOnceEach(CaseRecord request) {
        List<CaseRecord> parts = platform.bean(RequestParts.class).partsOf(request);
        assertThat(parts).hasSize(3);
        assertThat(platform.processInstancesOf(part(parts, "wmo").caseId())).hasSize(1);
        for (CaseRecord part : parts) {
            assertThat(platform.events(part.caseId(), CaseEvent.Type.SUBMITTED)).hasSize(1);
        }
        assertThat(platform.events(request.caseId(), CaseEvent.Type.PART_ADDED)).hasSize(3);
    }

    private static void eventuallyHasFirstWmoTask(CaseRecord wmo) {
        platform.bean(JobDispatcher.class).start();
        eventually(Duration.ofSeconds(30), () -> platform.tasks(wmo.caseId()),
                tasks -> tasks.stream().anyMatch(t -> t.candidateGroup().equals("wmo-consulenten")));
        assertThat(platform.status(wmo.caseId())).isEqualTo(CaseStatus.INVESTIGATION);
    }

    private static CaseRecord part(List<CaseRecord> parts, String law) {
        return parts.stream().filter(p -> p.law().equals(law)).findFirst().orElseThrow();
    }

    private static StartPartsHandler handler() {
        return platform.bean(StartPartsHandler.class);
    }

    /** A hulpvraag as the resident function stores it; its own process is not needed here. */
    private static CaseRecord storeRequest(String firstName) {
        String caseId = "VR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> values = Map.of(
                "omschrijving", "Ik kan het huis niet schoonhouden, mijn zoon slaapt slecht en ik heb schulden.",
                "levensgebieden", List.of("thuis-wonen-zorg", "opvoeden-opgroeien", "schulden"),
                "voorWie", "gezin", "spoed", "nee", "akkoord", true);
        CaseRecord c = new CaseRecord(caseId, "resident-" + firstName, firstName + " de Vries", "hulpvraag", 1, "hulpvraag",
                values, CaseStatus.TRIAGE, Instant.now(), true, null, null, null, null);
        platform.bean(CaseRepository.class).createIfAbsent(c);
        return c;
    }

    private static Job startParts(CaseRecord request, List<String> parts) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", request.caseId());
        variables.put("delen", parts);
        variables.put("vraagWmo", "Hulp bij het huishouden.");
        variables.put("vraagJeugdwet", "Haar zoon slaapt slecht.");
        variables.put("vraagSchuldhulp", "Huurachterstand van drie maanden.");
        return new Job(KEYS.getAndIncrement(), JobType.START_PARTS.type(), 42, "delenStarten", 3, variables, Map.of());
    }
}
