package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseIds;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.cases.ProcessStarter;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A resident withdraws while the process of the case is starting. Whatever comes first, the case
 * ends WITHDRAWN, its process does not keep running, and no task is left open for case workers.
 */
class WithdrawalRaceTest {

    private static final int ROUNDS = 30;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Principal RESIDENT = new Principal("resident-race", "Jan Bakker", Set.of(Principal.RESIDENT),
            Set.of(), Optional.of("111222333"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    private static final Map<String, Object> MELDING = Map.ofEntries(
            Map.entry("voornaam", "Jan"), Map.entry("achternaam", "Bakker"), Map.entry("bsn", "111222333"),
            Map.entry("geboortedatum", "1948-03-12"), Map.entry("adres", "Dorpsstraat 1"),
            Map.entry("postcode", "1431 AA"), Map.entry("woonplaats", "Aalsmeer"), Map.entry("telefoon", "0297123456"),
            Map.entry("namens", "zelf"), Map.entry("hulpvragen", List.of("huishouden")),
            Map.entry("situatie", "Ik kan niet meer stofzuigen."), Map.entry("spoed", "nee"),
            Map.entry("clientondersteuning", "nee"), Map.entry("akkoord", true));

    private static TestPlatform platform;
    private static JobDispatcher dispatcher;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        // the real Wmo route, with its withdrawal event sub-process
        platform.bean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        dispatcher = platform.bean(JobDispatcher.class);
        dispatcher.start();
    }

    @AfterAll
    static void stop() {
        dispatcher.close();
        platform.close();
    }

    @Test
    void aWithdrawalAtAnyMomentOfTheStartLeavesNoRunningProcessAndNoOpenTask() throws Exception {
        List<String> withdrawn = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            withdrawn.add(startThenWithdrawalWhileOnItsWay());
            withdrawn.add(withdrawalThenAStartThatHadReadTheCaseBefore());
            withdrawn.add(withdrawalAsSoonAsTheSubmissionIsStored());
            withdrawn.add(withdrawalRightAfterTheSubmissionWasAccepted());
        }

        for (String caseId : withdrawn) {
            eventually(WAIT, () -> settled(caseId), s -> s.equals("WITHDRAWN, process ended, no open task"));
        }
        // a user task job already on its way when the process ended is projected late: it must not stay open
        Thread.sleep(Duration.ofSeconds(2));
        for (String caseId : withdrawn) {
            assertThat(settled(caseId)).as(caseId).isEqualTo("WITHDRAWN, process ended, no open task");
        }
    }

    private static String startThenWithdrawalWhileOnItsWay() throws Exception {
        CaseRecord c = platform.storeCase("Anna", false);
        race(() -> platform.bean(ProcessStarter.class).tryStart(c), () -> withdraw(c));
        return c.caseId();
    }

    private static String withdrawalThenAStartThatHadReadTheCaseBefore() throws Exception {
        CaseRecord c = platform.storeCase("Bram", false);
        race(() -> withdraw(c), () -> platform.bean(ProcessStarter.class).tryStart(c));
        return c.caseId();
    }

    /** The resident's page already shows the case while the submission still waits for the engine. */
    private static String withdrawalAsSoonAsTheSubmissionIsStored() throws Exception {
        String key = UUID.randomUUID().toString();
        String caseId = CaseIds.derive("WMO", RESIDENT.subject(), "wmo-melding", key);
        CaseRepository cases = platform.bean(CaseRepository.class);
        CompletableFuture<?> submission = CompletableFuture.runAsync(() -> submit(key));
        CaseRecord stored = eventually(WAIT, () -> cases.find(caseId).orElse(null), c -> c != null);
        withdraw(stored);
        submission.get();
        return caseId;
    }

    private static String withdrawalRightAfterTheSubmissionWasAccepted() {
        CaseRecord accepted = submit(UUID.randomUUID().toString());
        withdraw(accepted);
        return accepted.caseId();
    }

    private static CaseRecord submit(String idempotencyKey) {
        var outcome = platform.bean(SubmissionService.class)
                .submitJson(RESIDENT, "wmo-melding", MELDING, idempotencyKey, Language.NL);
        assertThat(outcome.validation().errors()).isEmpty();
        return outcome.caseRecord();
    }

    private static void withdraw(CaseRecord c) {
        platform.bean(CaseActions.class).withdraw(RESIDENT, c);
    }

    /** The first runs at once, the second a moment later: close enough to interleave in every way. */
    private static void race(Runnable first, Runnable second) throws Exception {
        CompletableFuture<?> a = CompletableFuture.runAsync(first);
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> {
            pause(ThreadLocalRandom.current().nextInt(0, 25));
            second.run();
        });
        a.get();
        b.get();
    }

    private static String settled(String caseId) {
        CaseStatus status = platform.status(caseId);
        List<Long> instances = platform.processInstancesOf(caseId);
        Set<Long> active = platform.activeProcessInstances();
        List<UserTaskRecord> open = platform.tasks(caseId).stream().filter(UserTaskRecord::isOpen).toList();
        String process = instances.isEmpty() ? "no process yet"
                : instances.stream().anyMatch(active::contains) ? "process running" : "process ended";
        return status + ", " + process + ", " + (open.isEmpty() ? "no open task" : open.size() + " open tasks");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
