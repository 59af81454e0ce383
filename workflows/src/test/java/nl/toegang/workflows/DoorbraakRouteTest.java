package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The doorbraak process: a case worker's request (message {@code doorbraak-gevraagd}) waits for a
 * doorbraakfunctionaris, who grants with a budget (possibly changed) or refuses with a reason; the
 * worker's job {@code toegang.doorbraak-besluit} then records the decision with the household.
 */
@ZeebeProcessTest
class DoorbraakRouteTest {

  private static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";

  private ZeebeTestEngine engine;
  private CamundaClient client;

  @BeforeEach
  void deploy() {
    client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
        .preferRestOverGrpc(false)
        .build();
    client.newDeployResourceCommand()
        .addResourceFromClasspath("workflows/bpmn/doorbraak.bpmn")
        .addResourceFromClasspath("workflows/forms/doorbraak-beslissen.form")
        .send().join();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void theDecisionTaskIsForTheDoorbraakfunctionarissenWithItsOwnFormAndAFewDays() {
    var model = Bpmn.readModelFromStream(getClass().getClassLoader().getResourceAsStream("workflows/bpmn/doorbraak.bpmn"));
    UserTask task = model.getModelElementById("doorbraakBeslissen");
    assertThat(task.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
        .isEqualTo("doorbraak-functionarissen");
    assertThat(task.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId()).isEqualTo("doorbraak-beslissen");
    assertThat(WorkflowFiles.form("doorbraak-beslissen").toString())
        .contains("\"key\":\"besluit\"", "\"key\":\"toegekendBedrag\"", "\"key\":\"motivering\"");
  }

  @Test
  void aGrantedDoorbraakWithAChangedBudgetIsRecordedAndEndsAsGranted() {
    Doorbraak d = ask(new java.math.BigDecimal("1250.50"));

    assertThat(d.openUserTasks()).containsExactly("doorbraakBeslissen");
    Map<String, String> headers = d.userTaskHeaders();
    assertThat(headers.get("io.camunda.zeebe:candidateGroups")).contains("doorbraak-functionarissen");
    assertThat(headers.get("io.camunda.zeebe:dueDate")).as("a decision within days, not weeks").isNotBlank();
    Map<String, Object> seen = d.userTaskVariables();
    assertThat(seen).containsEntry("caseId", d.caseId).containsEntry("regel", "De eigen bijdrage")
        .containsEntry("bedoelingWet", "Iedereen betaalt naar draagkracht.");

    d.completeUserTask(Map.of("besluit", "toekennen", "toegekendBedrag", 900.25,
        "toegekendDoel", "Een traplift huren", "motivering", "Past bij de bedoeling van de wet."));

    ActivatedJob record = d.serviceJob("toegang.doorbraak-besluit");
    assertThat(record.getVariablesAsMap()).containsEntry("doorbraakId", d.doorbraakId)
        .containsEntry("householdId", "HH-TEST1-TEST2").containsEntry("besluit", "toekennen")
        .containsEntry("toegekendBedrag", 900.25).containsEntry("toegekendDoel", "Een traplift huren");
    client.newCompleteCommand(record.getKey()).send().join();
    idle();
    d.assertProcess().isCompleted().hasPassedElement("toegekend").hasNotPassedElement("geweigerd")
        .hasNoIncidents();
  }

  @Test
  void aRefusedDoorbraakIsRecordedWithItsReasonAndEndsAsRefused() {
    Doorbraak d = ask(null);

    d.completeUserTask(Map.of("besluit", "weigeren", "motivering", "Er is een voorliggende voorziening."));

    ActivatedJob record = d.serviceJob("toegang.doorbraak-besluit");
    assertThat(record.getVariablesAsMap()).containsEntry("besluit", "weigeren")
        .containsEntry("motivering", "Er is een voorliggende voorziening.");
    client.newCompleteCommand(record.getKey()).send().join();
    idle();
    d.assertProcess().isCompleted().hasPassedElement("geweigerd").hasNoIncidents();
  }

  // --- the case worker's request and the doorbraakfunctionaris's part ---

  Doorbraak ask(java.math.BigDecimal budget) {
    String caseId = "WMO-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase() + "-TEST1";
    String doorbraakId = UUID.randomUUID().toString();
    Map<String, Object> v = new HashMap<>();
    v.put("caseId", caseId);
    v.put("householdId", "HH-TEST1-TEST2");
    v.put("doorbraakId", doorbraakId);
    v.put("beslisDeadline", java.time.Instant.now().plus(Duration.ofDays(7)).toString());
    v.put("regel", "De eigen bijdrage");
    v.put("bedoelingWet", "Iedereen betaalt naar draagkracht.");
    v.put("behoefteInwoner", "Zij kan de trap niet meer op.");
    v.put("oordeelProfessional", "Een traplift nu voorkomt een verhuizing.");
    v.put("oplossing", "De gemeente betaalt de huur van een traplift.");
    v.put("gevraagdBedrag", budget);
    v.put("toegekendBedrag", budget);
    client.newPublishMessageCommand().messageName("doorbraak-gevraagd").correlationKey(doorbraakId)
        .messageId("doorbraak-gevraagd:" + doorbraakId).variables(v).send().join();
    idle();
    String json = "\"" + doorbraakId + "\"";
    long key = StreamSupport.stream(records().variableRecords().spliterator(), false)
        .filter(r -> r.getValue().getName().equals("doorbraakId") && r.getValue().getValue().equals(json))
        .map(r -> r.getValue().getProcessInstanceKey()).findFirst().orElseThrow();
    return new Doorbraak(caseId, doorbraakId, key);
  }

  private void idle() {
    try {
      engine.waitForIdleState(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("engine did not become idle", e);
    }
  }

  private RecordStream records() {
    return RecordStream.of(engine.getRecordStreamSource());
  }

  final class Doorbraak {
    final String caseId;
    final String doorbraakId;
    final long processInstanceKey;

    Doorbraak(String caseId, String doorbraakId, long processInstanceKey) {
      this.caseId = caseId;
      this.doorbraakId = doorbraakId;
      this.processInstanceKey = processInstanceKey;
    }

    ProcessInstanceAssert assertProcess() {
      idle();
      return new ProcessInstanceAssert(processInstanceKey, records());
    }

    private List<Record<JobRecordValue>> openJobs() {
      idle();
      List<Record<JobRecordValue>> jobs = StreamSupport.stream(records().jobRecords().spliterator(), false)
          .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey).toList();
      Set<Long> finished = jobs.stream()
          .filter(r -> r.getIntent() == JobIntent.COMPLETED || r.getIntent() == JobIntent.CANCELED)
          .map(Record::getKey).collect(Collectors.toSet());
      return jobs.stream().filter(r -> r.getIntent() == JobIntent.CREATED && !finished.contains(r.getKey())).toList();
    }

    List<String> openUserTasks() {
      return openJobs().stream().filter(r -> r.getValue().getType().equals(USER_TASK_JOB))
          .map(r -> r.getValue().getElementId()).toList();
    }

    Map<String, String> userTaskHeaders() {
      return openJobs().stream().filter(r -> r.getValue().getType().equals(USER_TASK_JOB)).findFirst().orElseThrow()
          .getValue().getCustomHeaders();
    }

    Map<String, Object> userTaskVariables() {
      ActivatedJob job = client.newActivateJobsCommand().jobType(USER_TASK_JOB).maxJobsToActivate(10)
          .timeout(Duration.ofMillis(1)).send().join().getJobs().stream()
          .filter(j -> j.getProcessInstanceKey() == processInstanceKey).findFirst().orElseThrow();
      return job.getVariablesAsMap();
    }

    void completeUserTask(Map<String, Object> values) {
      long key = openJobs().stream().filter(r -> r.getValue().getType().equals(USER_TASK_JOB)).findFirst().orElseThrow()
          .getKey();
      client.newCompleteCommand(key).variables(values).send().join();
      idle();
    }

    ActivatedJob serviceJob(String type) {
      idle();
      return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).send().join().getJobs().stream()
          .filter(j -> j.getProcessInstanceKey() == processInstanceKey).findFirst().orElseThrow();
    }
  }
}
