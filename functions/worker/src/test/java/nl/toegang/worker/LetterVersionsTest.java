package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.ProcessStarter;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.web.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator changes a letter's text without a release: the real engine runs the route, the
 * real worker writes the letter from the newest deployed version, and a letter with a placeholder
 * no process has is refused without touching the one in use.
 */
class LetterVersionsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LETTER = "worker-test.nl.md";

    private static TestPlatform platform;
    private static JobDispatcher dispatcher;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        platform.deploy(TestProcesses.route(), "worker-test-route.bpmn");
        dispatcher = platform.bean(JobDispatcher.class);
        dispatcher.start();
    }

    @AfterAll
    static void stop() {
        dispatcher.close();
        platform.close();
    }

    @Test
    void aNewVersionOfALetterIsUsedByTheNextLetterJob() {
        int before = current().version();
        List<DeployedDefinition> deployed = deployments().deploy(List.of(letter("""
                # Wij hebben uw melding

                Beste ${melding.voornaam},

                Dank u wel. Wij bellen u deze week. Uw kenmerk is ${caseId}.
                """)), "bram");

        assertThat(deployed).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DefinitionKind.LETTER);
            assertThat(d.id()).isEqualTo("worker-test.nl");
            assertThat(d.version()).isEqualTo(before + 1);
            assertThat(d.deployedBy()).isEqualTo("bram");
        });
        CaseRecord c = startedCase("Fatima");
        CaseEvent sent = eventually(WAIT, () -> platform.events(c.caseId(), CaseEvent.Type.LETTER), l -> !l.isEmpty()).getFirst();
        assertThat(sent.text("nl")).startsWith("# Wij hebben uw melding")
                .contains("Beste Fatima,", "Wij bellen u deze week. Uw kenmerk is " + c.caseId() + ".");
        // The English letter was not changed and is still the one from before.
        assertThat(sent.text("en")).startsWith("Dear Fatima de Vries,");

        // The same file again is the same version, as the engine does with an unchanged model.
        assertThat(deployments().deploy(List.of(letter(current().content())), "bram").getFirst().version())
                .isEqualTo(before + 1);
    }

    @Test
    void aLetterWithAPlaceholderNoProcessHasIsRefusedAndTheLetterInUseStays() {
        DeployedDefinition inUse = current();

        assertThatThrownBy(() -> deployments().deploy(List.of(letter("""
                # Wij hebben uw melding

                Beste ${melding.voornaam}, uw consulent belt op ${belDatum}.
                """)), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.detail()).contains(LETTER, "${belDatum}", "worker-test-route");
                });

        assertThat(current().version()).isEqualTo(inUse.version());
        CaseRecord c = startedCase("Kees");
        CaseEvent sent = eventually(WAIT, () -> platform.events(c.caseId(), CaseEvent.Type.LETTER), l -> !l.isEmpty()).getFirst();
        assertThat(sent.text("nl")).doesNotContain("belDatum").startsWith(inUse.content().lines().findFirst().orElseThrow());
    }

    @Test
    void twoAdministratorsDeployingAtOnceEachGetTheirOwnVersion() throws Exception {
        int before = current().version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<DeployedDefinition>> both = List.of(
                    () -> deployments().deploy(List.of(letter("# Eerste\n\nBeste ${melding.voornaam}, wij bellen u.\n")), "bram").getFirst(),
                    () -> deployments().deploy(List.of(letter("# Tweede\n\nBeste ${melding.voornaam}, wij schrijven u.\n")), "eva").getFirst());
            List<Integer> versions = pool.invokeAll(both).stream().map(LetterVersionsTest::join).map(DeployedDefinition::version).toList();

            assertThat(versions).containsExactlyInAnyOrder(before + 1, before + 2);
            List<String> by = platform.bean(DefinitionRepository.class).versions(DefinitionKind.LETTER, "worker-test.nl")
                    .stream().map(DeployedDefinition::deployedBy).toList();
            assertThat(by).hasSize(before + 2);
            assertThat(by.subList(0, 2)).containsExactlyInAnyOrder("bram", "eva");
        } finally {
            pool.shutdownNow();
        }
    }

    private static DeployedDefinition join(Future<DeployedDefinition> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static DeploymentService deployments() {
        return platform.bean(DeploymentService.class);
    }

    private static DeployedDefinition current() {
        return platform.bean(DefinitionRepository.class).latest(DefinitionKind.LETTER, "worker-test.nl").orElseThrow();
    }

    private static DeploymentFile letter(String text) {
        return new DeploymentFile(LETTER, text.getBytes(StandardCharsets.UTF_8));
    }

    private CaseRecord startedCase(String firstName) {
        CaseRecord c = platform.storeCase(firstName, false);
        assertThat(platform.bean(ProcessStarter.class).tryStart(c)).isTrue();
        return c;
    }
}
