package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.cases.ProcessStarter;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local runtime's way of running jobs: streamed from the engine as they appear. */
class JobDispatcherTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

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
    void aMeldingGetsItsStatusLetterAndNotificationAndTasksForBothTeams() {
        CaseRecord c = startedCase("Fatima");

        List<UserTaskRecord> tasks = eventually(WAIT, () -> platform.tasks(c.caseId()), t -> t.size() == 2);

        assertThat(tasks).extracting(UserTaskRecord::name, UserTaskRecord::candidateGroup, UserTaskRecord::formId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Gesprek plannen", "wmo-consulenten", TestPlatform.FORM_ID),
                        org.assertj.core.groups.Tuple.tuple("Termijn bewaken", "wmo-teamleiders", TestPlatform.FORM_ID));
        assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.TRIAGE);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.STATUS_CHANGED)).singleElement()
                .satisfies(e -> {
                    assertThat(e.visibleToResident()).isTrue();
                    assertThat(e.text("status")).isEqualTo("TRIAGE");
                });
        CaseEvent letter = platform.events(c.caseId(), CaseEvent.Type.LETTER).getFirst();
        assertThat(letter.visibleToResident()).isTrue();
        assertThat(letter.text("template")).isEqualTo("worker-test");
        assertThat(letter.text("nl"))
                .startsWith("Beste Fatima de Vries,")
                .contains("Wij hebben uw melding " + c.caseId() + " ontvangen.")
                .contains("U vroeg hulp bij: huishouden, vervoer.")
                .contains("Uw consulent: \n")
                .doesNotContain("${");
        assertThat(letter.text("en"))
                .startsWith("Dear Fatima de Vries,")
                .contains("You asked for help with: huishouden, vervoer.")
                .doesNotContain("${");
        assertThat(platform.events(c.caseId(), CaseEvent.Type.NOTIFICATION)).singleElement()
                .satisfies(e -> {
                    assertThat(e.visibleToResident()).isTrue();
                    assertThat(e.text("message")).isEqualTo("advies-verstuurd");
                });
    }

    @Test
    void closingTheCaseSetsTheOutcomeAndRetentionAndCancelsTheTasksStillOpen() {
        CaseRecord c = startedCase("Henk");
        List<UserTaskRecord> tasks = eventually(WAIT, () -> platform.tasks(c.caseId()), t -> t.size() == 2);
        UserTaskRecord gesprek = tasks.stream().filter(t -> t.elementId().equals("gesprekPlannen")).findFirst().orElseThrow();

        completeAsCaseWorker(gesprek);

        eventually(WAIT, () -> platform.status(c.caseId()), s -> s == CaseStatus.CLOSED_ADVICE);
        assertThat(platform.expiresAt(c.caseId()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(2555)), within(5, ChronoUnit.MINUTES));
        // the close handler sets the case's status first, then lets its history and tasks expire with it
        eventually(WAIT, () -> platform.everyItemExpires("toegang-case-events", c.caseId())
                && platform.everyItemExpires("toegang-tasks", c.caseId()), expires -> expires);
        assertThat(platform.tasks(c.caseId()))
                .extracting(UserTaskRecord::elementId, UserTaskRecord::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("gesprekPlannen", TaskStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("termijnBewaken", TaskStatus.CANCELLED));
        assertThat(platform.tasks(c.caseId())).noneMatch(UserTaskRecord::isOpen);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.CLOSED)).singleElement()
                .satisfies(e -> {
                    assertThat(e.visibleToResident()).isTrue();
                    assertThat(e.text("status")).isEqualTo("CLOSED_ADVICE");
                });
    }

    @Test
    void aWithdrawalEndsTheCaseAsWithdrawnAndCancelsItsTasks() {
        CaseRecord c = startedCase("Ingrid");
        eventually(WAIT, () -> platform.tasks(c.caseId()), t -> t.size() == 2);

        platform.camunda().newPublishMessageCommand()
                .messageName("aanvraag-ingetrokken")
                .correlationKey(c.caseId())
                .send().join();

        eventually(WAIT, () -> platform.status(c.caseId()), s -> s == CaseStatus.WITHDRAWN);
        assertThat(platform.expiresAt(c.caseId())).isAfter(Instant.now().plus(Duration.ofDays(2554)));
        eventually(WAIT, () -> platform.tasks(c.caseId()), t -> t.stream().allMatch(task -> task.status() == TaskStatus.CANCELLED));
        assertThat(platform.events(c.caseId(), CaseEvent.Type.CLOSED)).singleElement()
                .satisfies(e -> assertThat(e.text("status")).isEqualTo("WITHDRAWN"));
    }

    private CaseRecord startedCase(String firstName) {
        CaseRecord c = platform.storeCase(firstName, false);
        assertThat(platform.bean(ProcessStarter.class).tryStart(c)).isTrue();
        return c;
    }

    /** What the case worker function does: claim, mark done, then complete the job with the form's values. */
    private void completeAsCaseWorker(UserTaskRecord task) {
        TaskRepository repo = platform.bean(TaskRepository.class);
        assertThat(repo.claim(task.taskId(), "consulent-1", "Consulent Een")).isTrue();
        assertThat(repo.startCompleting(task.taskId(), "consulent-1", Instant.now())).isTrue();
        assertThat(repo.markCompleted(task.taskId(), "consulent-1", "Consulent Een", Instant.now(), java.util.Map.of())).isTrue();
        platform.camunda().newCompleteCommand(Long.parseLong(task.taskId()))
                .variables(Map.of("notitie", "gesprek op dinsdag"))
                .send().join();
    }
}
