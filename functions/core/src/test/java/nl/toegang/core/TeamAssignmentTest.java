package nl.toegang.core;

import static nl.toegang.core.CoreTestEnvironment.bean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseIds;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.staff.StaffDirectory;
import nl.toegang.core.staff.StaffMember;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskProjector;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team lead distributes the team's work: the colleagues come from the staff directory (who signed
 * in, in which groups), the assignment is a conditional write of the task state machine, and it is
 * recorded in the case history. Real DynamoDB Local and the real engine.
 */
class TeamAssignmentTest {

    // A team of this test class only, so colleagues of other tests never show up in its lists.
    static final String TEAM = "t" + UUID.randomUUID().toString().substring(0, 8);
    static final String CASEWORKERS = TEAM + "-consulenten";
    static final String LEADS = TEAM + "-teamleiders";
    static final String PROCESS = "toewijzen-test";

    static final Principal SANNE = staff("sanne-" + TEAM, "Sanne de Vries", CASEWORKERS);
    static final Principal DAAN = staff("daan-" + TEAM, "Daan Jansen", CASEWORKERS);
    static final Principal FATIMA = staff("fatima-" + TEAM, "Fatima El Amrani", LEADS, CASEWORKERS);
    static final Principal KAREN = staff("karen-" + TEAM, "Karen Bos", LEADS, CASEWORKERS);
    static final Principal OUTSIDER = staff("joost-" + TEAM, "Joost Smit", TEAM + "x-consulenten");

    final TaskService tasks = bean(TaskService.class);
    final TaskRepository taskTable = bean(TaskRepository.class);
    final StaffDirectory directory = bean(StaffDirectory.class);
    final CamundaClient camunda = bean(CamundaClient.class);
    String caseId;

    static Principal staff(String subject, String name, String... groups) {
        return new Principal(subject, name, Set.of("caseworker"), Set.of(groups), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @BeforeAll
    static void deployAndSignIn() {
        String form = """
            {"id": "toewijzen-notitie", "type": "default", "schemaVersion": 16, "components": [
              {"type": "textarea", "key": "notitie", "label": "Notitie", "validate": {"required": true}}]}
            """;
        var model = Bpmn.createExecutableProcess(PROCESS).startEvent()
                .userTask("opstellen", u -> u.name("Besluit opstellen").zeebeFormId("toewijzen-notitie")
                        .zeebeCandidateGroups(CASEWORKERS).zeebeDueDateExpression("=now() + duration(\"P2D\")"))
                .userTask("goedkeuren", u -> u.name("Besluit goedkeuren").zeebeFormId("toewijzen-notitie")
                        .zeebeCandidateGroups(CASEWORKERS).zeebeTaskHeader(TaskService.FOUR_EYES_HEADER, "opstellen"))
                .endEvent().done();
        bean(DeploymentService.class).deploy(List.of(
                new DeploymentFile("toewijzen-notitie.form", form.getBytes(StandardCharsets.UTF_8)),
                new DeploymentFile(PROCESS + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8))), "test");
        for (Principal p : List.of(SANNE, DAAN, FATIMA, KAREN, OUTSIDER)) {
            bean(StaffDirectory.class).record(p);
        }
    }

    @BeforeEach
    void startCase() {
        caseId = CaseIds.derive("WMO", "jan", "wmo-melding", UUID.randomUUID().toString());
        bean(CaseRepository.class).createIfAbsent(new CaseRecord(caseId, "petra", "Petra de Wit", "wmo-melding", 1, "wmo",
                Map.of("voornaam", "Els", "achternaam", "de Wit", "spoed", "ja"), CaseStatus.DECISION, Instant.now(), true, null, null, null, null));
        camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
                .variables(Map.of("caseId", caseId)).send().join();
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

    UserTaskRecord assign(Principal lead, UserTaskRecord task, Principal to) {
        // The lead sends the holder they saw, as the assign page does.
        return tasks.assign(lead, task.taskId(), to.subject(), task.assignee(), Language.NL);
    }

    List<CaseEvent> history() {
        return bean(CaseEventRepository.class).list(caseId);
    }

    @Test
    void theTaskCarriesTheClientsNameAndUrgencySoTheInboxNeedsNoReadOfTheCase() {
        UserTaskRecord task = nextTask("opstellen");

        // The client is the person the melding is about, not Petra who sent it for her mother.
        assertThat(task.clientName()).isEqualTo("Els de Wit");
        assertThat(task.urgent()).isTrue();
        assertThat(tasks.inbox(SANNE)).filteredOn(t -> t.taskId().equals(task.taskId()))
                .singleElement().satisfies(t -> assertThat(t.clientName()).isEqualTo("Els de Wit"));
    }

    @Test
    void theTeamsMembersAreWhoSignedInAndSomeoneWhoLeftTheGroupDropsOut() {
        assertThat(directory.members(CASEWORKERS)).extracting(StaffMember::name)
                .containsExactly("Daan Jansen", "Fatima El Amrani", "Karen Bos", "Sanne de Vries");

        Principal moved = staff("moved-" + TEAM, "Mo Verhuisd", CASEWORKERS);
        directory.record(moved);
        assertThat(directory.members(CASEWORKERS)).extracting(StaffMember::id).contains(moved.subject());
        directory.record(staff(moved.subject(), "Mo Verhuisd", TEAM + "x-consulenten"));
        assertThat(directory.members(CASEWORKERS)).extracting(StaffMember::id).doesNotContain(moved.subject());
        assertThat(directory.members(TEAM + "x-consulenten")).extracting(StaffMember::id).contains(moved.subject());
    }

    @Test
    void aTeamLeadGivesAnOpenTaskToAColleagueWhoThenHoldsItAndTheHistorySaysSo() {
        UserTaskRecord task = nextTask("opstellen");

        UserTaskRecord given = assign(FATIMA, task, SANNE);

        assertThat(given.status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(given.assigneeName()).isEqualTo("Sanne de Vries");
        assertThat(tasks.inbox(SANNE)).filteredOn(t -> t.heldBy(SANNE.subject())).extracting(UserTaskRecord::taskId)
                .contains(task.taskId());
        assertThat(history()).filteredOn(e -> e.type() == CaseEvent.Type.TASK_ASSIGNED).singleElement().satisfies(e -> {
            assertThat(e.actorName()).isEqualTo("Fatima El Amrani");
            assertThat(e.text("assigneeName")).isEqualTo("Sanne de Vries");
            assertThat(e.text("task")).isEqualTo("Besluit opstellen");
        });

        // The lead moves it on from Sanne to Daan; Sanne can complete it no longer, Daan can.
        assign(FATIMA, taskTable.find(task.taskId()).orElseThrow(), DAAN);
        assertThatThrownBy(() -> tasks.completeFormPost(SANNE, task.taskId(), Map.of("notitie", List.of("x")), Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(403));
        assertThat(tasks.completeFormPost(DAAN, task.taskId(), Map.of("notitie", List.of("Toekennen")), Language.NL)
                .completed()).isTrue();
    }

    @Test
    void aCaseWorkerHandsATaskBackAndTheHistorySaysSo() {
        UserTaskRecord task = nextTask("opstellen");
        assign(FATIMA, task, SANNE);

        UserTaskRecord back = tasks.unclaim(SANNE, task.taskId());

        assertThat(back.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(tasks.inbox(SANNE)).filteredOn(t -> t.heldBy(SANNE.subject())).isEmpty();
        assertThat(history()).filteredOn(e -> e.type() == CaseEvent.Type.TASK_RELEASED).singleElement()
                .satisfies(e -> assertThat(e.actorName()).isEqualTo("Sanne de Vries"));
    }

    @Test
    void someoneWhoIsNotATeamLeadIsRefusedInTheirLanguage() {
        UserTaskRecord task = nextTask("opstellen");

        assertThatThrownBy(() -> assign(DAAN, task, SANNE)).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(403);
            assertThat(p.detail(Texts.of(Language.NL))).isEqualTo("Alleen een teamleider van dit team kan een taak aan een collega geven.");
            assertThat(p.detail(Texts.of(Language.EN))).isEqualTo("Only a team lead of this team can give a task to a colleague.");
        });
        assertThat(taskTable.find(task.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void aColleagueOutsideTheTeamOrUnknownIsRefusedNamingTheField() {
        UserTaskRecord task = nextTask("opstellen");

        for (String who : List.of(OUTSIDER.subject(), "niemand", "")) {
            assertThatThrownBy(() -> tasks.assign(FATIMA, task.taskId(), who, null, Language.NL))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(422);
                        assertThat(p.fieldErrors()).containsExactly(Map.entry(TaskService.ASSIGNEE_FIELD,
                                "Kies een collega uit het team van deze taak."));
                    });
        }
        assertThat(taskTable.find(task.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void theApprovalIsNotGivenToWhoeverDraftedTheDecision() {
        UserTaskRecord draft = nextTask("opstellen");
        assign(FATIMA, draft, SANNE);
        tasks.completeFormPost(SANNE, draft.taskId(), Map.of("notitie", List.of("Toekennen")), Language.NL);
        UserTaskRecord approval = nextTask("goedkeuren");

        assertThatThrownBy(() -> assign(FATIMA, approval, SANNE)).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(422);
            assertThat(p.fieldErrors().get(TaskService.ASSIGNEE_FIELD)).contains("Sanne de Vries").contains("Vier ogen");
        });
        assertThat(assign(FATIMA, approval, DAAN).assigneeName()).isEqualTo("Daan Jansen");
    }

    @Test
    void aLeadWhoSawTheTaskOpenDoesNotTakeItFromTheColleagueWhoClaimedItMeanwhile() {
        UserTaskRecord task = nextTask("opstellen");
        tasks.claim(SANNE, task.taskId());

        assertThatThrownBy(() -> tasks.assign(FATIMA, task.taskId(), DAAN.subject(), "", Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.detail(Texts.of(Language.NL))).isEqualTo(
                            "Deze taak is net veranderd: nu heeft Sanne de Vries hem. Uw keuze is niet bewaard. Kijk of het zo goed is.");
                });
        assertThat(taskTable.find(task.taskId()).orElseThrow().assignee()).isEqualTo(SANNE.subject());
    }

    @Test
    void twoTeamLeadsAssigningAtTheSameMomentOneWinsAndTheOtherIsToldWhoHasIt() throws Exception {
        for (int round = 0; round < 20; round++) {
            startCase();
            UserTaskRecord task = nextTask("opstellen");
            List<Object> outcomes = atTheSameMoment(() -> assign(FATIMA, task, SANNE), () -> assign(KAREN, task, DAAN));

            UserTaskRecord held = taskTable.find(task.taskId()).orElseThrow();
            assertThat(held.status()).isEqualTo(TaskStatus.CLAIMED);
            assertThat(outcomes).as("round %d: %s", round, outcomes).filteredOn(o -> o instanceof UserTaskRecord).hasSize(1);
            ProblemException loser = outcomes.stream().filter(o -> o instanceof ProblemException)
                    .map(ProblemException.class::cast).findFirst().orElseThrow();
            assertThat(loser.status()).isEqualTo(409);
            assertThat(loser.detail(Texts.of(Language.NL))).contains("nu heeft " + held.assigneeName() + " hem");
            assertThat(history()).filteredOn(e -> e.type() == CaseEvent.Type.TASK_ASSIGNED).singleElement()
                    .satisfies(e -> assertThat(e.text("assigneeName")).isEqualTo(held.assigneeName()));
        }
    }

    /** Runs two requests at the same moment; each ends in its answer or its refusal. */
    static List<Object> atTheSameMoment(Supplier<Object> first, Supplier<Object> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> running = new ArrayList<>();
            for (Supplier<Object> request : List.of(first, second)) {
                running.add(pool.submit(() -> {
                    start.await();
                    try {
                        return request.get();
                    } catch (ProblemException refused) {
                        return refused;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : running) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        }
    }
}
