package nl.toegang.core;

import static nl.toegang.core.CoreTestEnvironment.bean;
import static nl.toegang.core.CoreTestEnvironment.caseWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseIds;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskProjector;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;
import nl.toegang.localservices.FreePort;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claiming and completing tasks against the real engine: the claim, team membership and four eyes,
 * also when requests race each other, the engine is unreachable or a request dies half-way.
 */
class TaskServiceTest {

    static final String PROCESS = "vier-ogen-test";
    static final Principal SANNE = caseWorker("sanne", "wmo-consulenten");
    static final Principal DAAN = caseWorker("daan", "wmo-consulenten");
    static final Principal JEUGD = caseWorker("joost", "jeugd-team");

    final TaskService tasks = bean(TaskService.class);
    final TaskRepository taskTable = bean(TaskRepository.class);
    final CamundaClient camunda = bean(CamundaClient.class);
    String caseId;
    long processInstance;

    @BeforeAll
    static void deploy() {
        String form = """
            {"id": "notitie", "type": "default", "schemaVersion": 16, "components": [
              {"type": "textarea", "key": "notitie", "label": "Notitie", "validate": {"required": true},
               "properties": {"label_en": "Note"}}]}
            """;
        var model = Bpmn.createExecutableProcess(PROCESS).startEvent()
                .userTask("opstellen", u -> u.name("Besluit opstellen").zeebeFormId("notitie").zeebeCandidateGroups("wmo-consulenten"))
                .userTask("goedkeuren", u -> u.name("Besluit goedkeuren").zeebeFormId("notitie")
                        .zeebeCandidateGroups("wmo-consulenten").zeebeTaskHeader(TaskService.FOUR_EYES_HEADER, "opstellen"))
                .endEvent().done();
        bean(DeploymentService.class).deploy(List.of(
                new DeploymentFile("notitie.form", form.getBytes(StandardCharsets.UTF_8)),
                new DeploymentFile(PROCESS + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8))), "test");
    }

    @BeforeEach
    void startCase() {
        caseId = CaseIds.derive("WMO", "jan", "wmo-melding", UUID.randomUUID().toString());
        bean(CaseRepository.class).createIfAbsent(new CaseRecord(caseId, "jan", "Jan Bakker", "wmo-melding", 1, "wmo",
                Map.of("situatie", "test"), CaseStatus.DECISION, Instant.now(), true, null, null, null, null));
        processInstance = camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
                .variables(Map.of("caseId", caseId)).send().join().getProcessInstanceKey();
    }

    UserTaskRecord nextTask(String elementId) {
        UserTaskProjector projector = bean(UserTaskProjector.class);
        for (int attempt = 0; attempt < 50; attempt++) {
            camunda.newActivateJobsCommand().jobType(JobType.USER_TASK).maxJobsToActivate(10)
                    .timeout(Duration.ofDays(365)).send().join().getJobs().forEach(projector::project);
            var found = taskTable.forCase(caseId).stream().filter(t -> t.elementId().equals(elementId) && t.isOpen()).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no open task " + elementId + " for " + caseId);
    }

    static Map<String, List<String>> note(String text) {
        return Map.of("notitie", List.of(text));
    }

    static final int ROUNDS = 50;

    UserTaskRecord draftHeldBySanne() {
        startCase();
        UserTaskRecord draft = nextTask("opstellen");
        tasks.claim(SANNE, draft.taskId());
        return draft;
    }

    /** After a draft sanne completed: she may not approve it, and nothing is left that the process no longer waits for. */
    void theDrafterIsRefusedTheApprovalAndNoGhostRemains(UserTaskRecord draft, String when) {
        UserTaskRecord done = taskTable.find(draft.taskId()).orElseThrow();
        assertThat(done.status()).as(when).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.completedBy()).as(when).isEqualTo("sanne");

        UserTaskRecord approval = nextTask("goedkeuren");
        assertThatThrownBy(() -> tasks.claim(SANNE, approval.taskId())).as(when)
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThat(taskTable.find(approval.taskId()).orElseThrow().status()).as(when).isEqualTo(TaskStatus.OPEN);

        assertThat(taskTable.forCase(caseId)).as(when).filteredOn(UserTaskRecord::isOpen)
                .extracting(UserTaskRecord::taskId).containsExactly(approval.taskId());
        for (Principal worker : List.of(SANNE, DAAN)) {
            assertThat(tasks.inbox(worker)).as(when).filteredOn(t -> t.caseId().equals(caseId))
                    .extracting(UserTaskRecord::taskId).containsExactly(approval.taskId());
        }
    }

    /** What one request ended in, as the person sees it. */
    record Outcome(Object answer, ProblemException refusal) {
        boolean succeeded() {
            return refusal == null;
        }

        boolean completed() {
            return answer instanceof TaskService.Completion c && c.completed();
        }
    }

    /** Runs two requests at the same moment, as two browser tabs or a double click do. */
    static List<Outcome> atTheSameMoment(Supplier<Object> first, Supplier<Object> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Supplier<Object> request : List.of(first, second)) {
                running.add(pool.submit(() -> {
                    start.await();
                    try {
                        return new Outcome(request.get(), null);
                    } catch (ProblemException refused) {
                        return new Outcome(null, refused);
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : running) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        }
    }

    static ApplicationContext unreachableEngine;

    /** The same functions, configured with an engine address where nothing listens. */
    static synchronized ApplicationContext unreachableEngine() {
        if (unreachableEngine == null) {
            Map<String, Object> properties = new java.util.LinkedHashMap<>(LocalServices.shared().applicationProperties());
            properties.put("toegang.zeebe.grpc-address", "http://127.0.0.1:" + FreePort.find());
            unreachableEngine = ApplicationContext.run(properties);
        }
        return unreachableEngine;
    }

    @AfterAll
    static void closeUnreachableEngine() {
        if (unreachableEngine != null) {
            unreachableEngine.close();
        }
    }

    @Test
    void theTeamSeesTheTaskAndOnlyTheCaseWorkerWhoClaimedItCanCompleteIt() {
        UserTaskRecord task = nextTask("opstellen");
        assertThat(task.name()).isEqualTo("Besluit opstellen");
        assertThat(tasks.inbox(SANNE)).extracting(UserTaskRecord::taskId).contains(task.taskId());
        assertThat(tasks.inbox(JEUGD)).extracting(UserTaskRecord::taskId).doesNotContain(task.taskId());
        assertThatThrownBy(() -> tasks.open(JEUGD, task.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));

        assertThatThrownBy(() -> tasks.completeFormPost(SANNE, task.taskId(), note("klaar"), Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("Claim"));
        tasks.claim(SANNE, task.taskId());
        assertThatThrownBy(() -> tasks.claim(DAAN, task.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.detail()).contains("Medewerker sanne");
                });
        assertThatThrownBy(() -> tasks.completeFormPost(DAAN, task.taskId(), note("ik ook"), Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(403));

        var invalid = tasks.completeFormPost(SANNE, task.taskId(), note(""), Language.NL);
        assertThat(invalid.completed()).isFalse();
        assertThat(invalid.validation().errors()).containsKey("notitie");
        assertThat(taskTable.find(task.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.CLAIMED);

        var done = tasks.completeFormPost(SANNE, task.taskId(), note("Toekennen"), Language.NL);
        assertThat(done.completed()).isTrue();
        assertThat(done.task().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.task().completedBy()).isEqualTo("sanne");
        assertThat(tasks.inbox(SANNE)).extracting(UserTaskRecord::taskId).doesNotContain(task.taskId());
        assertThat(nextTask("goedkeuren").variables()).containsEntry("notitie", "Toekennen");
    }

    @Test
    void whoDraftedTheDecisionCannotApproveIt() {
        UserTaskRecord draft = nextTask("opstellen");
        tasks.claim(SANNE, draft.taskId());
        tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL);

        UserTaskRecord approval = nextTask("goedkeuren");
        assertThatThrownBy(() -> tasks.claim(SANNE, approval.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.detail()).contains("Four eyes");
                });
        tasks.claim(DAAN, approval.taskId());
        assertThat(tasks.completeFormPost(DAAN, approval.taskId(), note("Akkoord"), Language.NL).completed()).isTrue();
    }

    @Test
    void aTaskTheProcessNoLongerWaitsForCannotBeClaimed() {
        UserTaskRecord task = nextTask("opstellen");
        camunda.newCancelInstanceCommand(processInstance).send().join();

        assertThatThrownBy(() -> tasks.claim(SANNE, task.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThat(taskTable.find(task.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(tasks.inbox(SANNE)).extracting(UserTaskRecord::taskId).doesNotContain(task.taskId());
    }

    @Test
    void aDoubleClickOnCompleteNeverLetsTheDrafterApproveHerOwnDraft() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            UserTaskRecord draft = draftHeldBySanne();
            List<Outcome> outcomes = atTheSameMoment(
                    () -> tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL),
                    () -> tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL));

            // Both clicks end on "completed": the second one waits for the first instead of undoing it.
            assertThat(outcomes).as("round " + round).allSatisfy(o -> assertThat(o.completed()).as(o.toString()).isTrue());
            theDrafterIsRefusedTheApprovalAndNoGhostRemains(draft, "round " + round);
        }
    }

    @Test
    void completeAndReleaseAtTheSameMomentNeverLetTheDrafterApproveNorLeaveAGhost() throws Exception {
        int releasedFirst = 0;
        for (int round = 0; round < ROUNDS; round++) {
            UserTaskRecord draft = draftHeldBySanne();
            List<Outcome> outcomes = atTheSameMoment(
                    () -> tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL),
                    () -> tasks.unclaim(SANNE, draft.taskId()));

            Outcome complete = outcomes.get(0);
            Outcome release = outcomes.get(1);
            assertThat(complete.completed() ^ release.succeeded()).as("round %d: exactly one wins: %s", round, outcomes).isTrue();
            Outcome loser = complete.completed() ? release : complete;
            assertThat(loser.refusal().status()).as(loser.toString()).isEqualTo(409);
            if (release.succeeded()) {
                releasedFirst++;
                UserTaskRecord back = taskTable.find(draft.taskId()).orElseThrow();
                assertThat(back.status()).isEqualTo(TaskStatus.OPEN);
                assertThat(tasks.inbox(DAAN)).extracting(UserTaskRecord::taskId).contains(draft.taskId());
                // She takes it back and finishes it; four eyes must hold just the same.
                tasks.claim(SANNE, draft.taskId());
                assertThat(tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL).completed()).isTrue();
            }
            theDrafterIsRefusedTheApprovalAndNoGhostRemains(draft, "round " + round);
        }
        System.out.println("complete+release: the release came first in " + releasedFirst + " of " + ROUNDS + " rounds");
    }

    @Test
    void twoCaseWorkersClaimingAtTheSameMomentExactlyOneGetsItAndTheOtherIsToldWho() throws Exception {
        for (int round = 0; round < 20; round++) {
            startCase();
            UserTaskRecord task = nextTask("opstellen");
            List<Outcome> outcomes = atTheSameMoment(() -> tasks.claim(SANNE, task.taskId()), () -> tasks.claim(DAAN, task.taskId()));

            assertThat(outcomes).as("round " + round).filteredOn(Outcome::succeeded).hasSize(1);
            Outcome loser = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow();
            UserTaskRecord held = taskTable.find(task.taskId()).orElseThrow();
            assertThat(held.status()).isEqualTo(TaskStatus.CLAIMED);
            assertThat(loser.refusal().status()).isEqualTo(409);
            assertThat(loser.refusal().detail(Texts.of(Language.NL))).isEqualTo("Deze taak is opgepakt door " + held.assigneeName() + ".");
        }
    }

    @Test
    void whenTheEngineCannotBeReachedTheTaskStaysWithItsHolderWhoCanTryAgain() {
        UserTaskRecord draft = draftHeldBySanne();
        TaskService withoutEngine = unreachableEngine().getBean(TaskService.class);

        assertThatThrownBy(() -> withoutEngine.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(503);
                    assertThat(p.detail(Texts.of(Language.NL))).contains("niet bewaard").contains("Probeer het opnieuw");
                });
        UserTaskRecord after = taskTable.find(draft.taskId()).orElseThrow();
        assertThat(after.status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(after.assignee()).isEqualTo("sanne");
        assertThat(tasks.inbox(SANNE)).extracting(UserTaskRecord::taskId).contains(draft.taskId());
        assertThatThrownBy(() -> tasks.claim(DAAN, draft.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));

        assertThat(tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL).completed()).isTrue();
        theDrafterIsRefusedTheApprovalAndNoGhostRemains(draft, "after the engine came back");
    }

    @Test
    void aCompletionCutOffBeforeTheEngineHeardOfItCanBeFinishedByTheSamePerson() {
        UserTaskRecord draft = draftHeldBySanne();
        // A request that wrote "completing" and then died (a crash, a function timeout) five minutes ago.
        assertThat(taskTable.startCompleting(draft.taskId(), "sanne", Instant.now().minus(Duration.ofMinutes(5)))).isTrue();

        assertThatThrownBy(() -> tasks.unclaim(SANNE, draft.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.detail(Texts.of(Language.NL))).contains("kunt u hem niet meer teruggeven");
                });
        assertThatThrownBy(() -> tasks.claim(DAAN, draft.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThat(tasks.inbox(SANNE)).extracting(UserTaskRecord::taskId).contains(draft.taskId());

        assertThat(tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen na herstart"), Language.NL).completed()).isTrue();
        assertThat(nextTask("goedkeuren").variables()).containsEntry("notitie", "Toekennen na herstart");
        theDrafterIsRefusedTheApprovalAndNoGhostRemains(draft, "after the retry");
    }

    @Test
    void aCompletionCutOffAfterTheEngineTookItStillCountsForFourEyesAndIsRecordedOnRetry() {
        UserTaskRecord draft = draftHeldBySanne();
        // The request wrote "completing", the engine completed the job, and the answer never came back.
        assertThat(taskTable.startCompleting(draft.taskId(), "sanne", Instant.now().minus(Duration.ofMinutes(5)))).isTrue();
        camunda.newCompleteCommand(draft.jobKey()).variables(Map.of("notitie", "Toekennen")).send().join();

        UserTaskRecord approval = nextTask("goedkeuren");
        assertThatThrownBy(() -> tasks.claim(SANNE, approval.taskId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(403));

        var retry = tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL);
        assertThat(retry.completed()).isTrue();
        assertThat(retry.task().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(retry.task().completedBy()).isEqualTo("sanne");
        theDrafterIsRefusedTheApprovalAndNoGhostRemains(draft, "after the retry");
    }

    @Test
    void completingATaskTheProcessNoLongerWaitsForRemovesItFromTheInbox() {
        UserTaskRecord draft = draftHeldBySanne();
        camunda.newCancelInstanceCommand(processInstance).send().join();

        assertThatThrownBy(() -> tasks.completeFormPost(SANNE, draft.taskId(), note("Toekennen"), Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThat(taskTable.find(draft.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(tasks.inbox(SANNE)).extracting(UserTaskRecord::taskId).doesNotContain(draft.taskId());
    }

    @Test
    void tamperedTaskIdsAndPeopleWhoAreNotCaseWorkersAreRefused() {
        assertThatThrownBy(() -> tasks.open(SANNE, "12; DROP TABLE"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> tasks.open(SANNE, "999999999999"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> tasks.inbox(CoreTestEnvironment.resident("jan")))
                .isInstanceOf(nl.toegang.auth.ForbiddenException.class);
    }
}
