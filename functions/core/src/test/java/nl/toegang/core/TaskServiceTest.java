package nl.toegang.core;

import static nl.toegang.core.CoreTestEnvironment.bean;
import static nl.toegang.core.CoreTestEnvironment.caseWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import nl.toegang.forms.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claiming and completing tasks against the real engine: the claim, team membership and four eyes. */
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
                Map.of("situatie", "test"), CaseStatus.DECISION, Instant.now(), true));
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
        assertThat(taskTable.find(task.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);

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
    void tamperedTaskIdsAndPeopleWhoAreNotCaseWorkersAreRefused() {
        assertThatThrownBy(() -> tasks.open(SANNE, "12; DROP TABLE"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> tasks.open(SANNE, "999999999999"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> tasks.inbox(CoreTestEnvironment.resident("jan")))
                .isInstanceOf(nl.toegang.auth.ForbiddenException.class);
    }
}
