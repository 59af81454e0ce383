package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.jobs.JobType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A job that cannot be done goes back to Zeebe, is retried, and ends as an incident an administrator sees. */
class JobFailureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static TestPlatform platform;
    private static JobDispatcher dispatcher;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        dispatcher = platform.bean(JobDispatcher.class);
        dispatcher.start();
    }

    @AfterAll
    static void stop() {
        dispatcher.close();
        platform.close();
    }

    @Test
    void aMissingHeaderIsRetriedAndThenBecomesAnIncidentThatSaysWhatToFix() {
        platform.deploy(TestProcesses.singleTask("worker-test-zonder-status", JobType.CASE_STATUS.type(), 2),
                "worker-test-zonder-status.bpmn");
        CaseRecord c = platform.storeCase("Piet", true);
        long instance = platform.camunda().newCreateInstanceCommand()
                .bpmnProcessId("worker-test-zonder-status").latestVersion()
                .variables(Map.of("caseId", c.caseId()))
                .send().join().getProcessInstanceKey();

        Record<JobRecordValue> firstFailure = eventually(WAIT, () -> failedJobs(instance), f -> !f.isEmpty()).getFirst();
        assertThat(firstFailure.getValue().getRetries()).isEqualTo(1);
        assertThat(firstFailure.getValue().getErrorMessage())
                .startsWith("Header 'status' is missing on element 'stap' (job type toegang.case-status).");

        // The retry waits out its backoff on the engine's clock.
        platform.zeebe.increaseTime(JobRunner.RETRY_BACKOFF.plusSeconds(1));

        Record<IncidentRecordValue> incident = eventually(WAIT, () -> incidents(instance), i -> !i.isEmpty()).getFirst();
        assertThat(incident.getValue().getErrorMessage()).isEqualTo(firstFailure.getValue().getErrorMessage());
        assertThat(incident.getValue().getElementId()).isEqualTo("stap");
        assertThat(failedJobs(instance)).extracting(r -> r.getValue().getRetries()).containsExactly(1, 0);
        assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.RECEIVED);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.STATUS_CHANGED)).isEmpty();
    }

    @Test
    void aJobTypeWithoutHandlerFailsWithTheKnownTypes() {
        // Deployed around Toegang: its deployment check would have refused the unknown type.
        String model = Bpmn.convertToString(TestProcesses.singleTask("worker-test-onbekend", "toegang.onbekend", 1));
        platform.camunda().newDeployResourceCommand()
                .addResourceBytes(model.getBytes(StandardCharsets.UTF_8), "worker-test-onbekend.bpmn").send().join();
        long instance = platform.camunda().newCreateInstanceCommand()
                .bpmnProcessId("worker-test-onbekend").latestVersion()
                .variables(Map.of("caseId", "WMO-ONBEKEND")).send().join().getProcessInstanceKey();
        List<ActivatedJob> jobs = eventually(WAIT, () -> platform.camunda().newActivateJobsCommand()
                .jobType("toegang.onbekend").maxJobsToActivate(1).send().join().getJobs(), j -> !j.isEmpty());

        JobRunner.Outcome outcome = platform.bean(JobRunner.class).run(platform.camunda(), jobs.getFirst());

        assertThat(outcome).isEqualTo(JobRunner.Outcome.FAILED);
        Record<IncidentRecordValue> incident = eventually(WAIT, () -> incidents(instance), i -> !i.isEmpty()).getFirst();
        assertThat(incident.getValue().getErrorMessage())
                .startsWith("No handler for job type 'toegang.onbekend' (element 'stap').")
                .contains("toegang.case-status", "toegang.withdraw-case");
    }

    @SuppressWarnings("unchecked")
    private static List<Record<JobRecordValue>> failedJobs(long processInstanceKey) {
        return platform.records().stream()
                .filter(r -> r.getIntent() == JobIntent.FAILED)
                .map(r -> (Record<JobRecordValue>) r)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Record<IncidentRecordValue>> incidents(long processInstanceKey) {
        return platform.records().stream()
                .filter(r -> r.getIntent() == IncidentIntent.CREATED)
                .map(r -> (Record<IncidentRecordValue>) r)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .toList();
    }
}
