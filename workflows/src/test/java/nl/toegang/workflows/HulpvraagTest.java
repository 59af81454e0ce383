package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The front door: a question in everyday words is split into parts per law by the voordeur team,
 * or answered with advice. The test plays the worker (service tasks) and the voordeur worker.
 */
@ZeebeProcessTest
class HulpvraagTest {

  private static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
  private static final List<String> SERVICE_JOB_TYPES =
      List.of("toegang.case-status", "toegang.letter", "toegang.notify-resident", "toegang.close-case",
          "toegang.withdraw-case", "toegang.start-parts");

  private ZeebeTestEngine engine;
  private CamundaClient client;

  @BeforeEach
  void deploy() {
    client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
        .preferRestOverGrpc(false)
        .build();
    var deploy = client.newDeployResourceCommand()
        .addResourceFromClasspath("workflows/bpmn/hulpvraag.bpmn")
        .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/vraag-verdelen.dmn");
    for (String form : WorkflowFiles.formResources()) {
      deploy = deploy.addResourceFromClasspath(form);
    }
    deploy.send().join();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void theFrontDoorSplitsTheQuestionAndTheWorkerStartsEachChosenPart() {
    Request request = ask(List.of("thuis-wonen-zorg", "schulden"));

    assertThat(request.statuses()).containsExactly("TRIAGE");
    assertThat(request.openUserTasks()).containsExactly("vraagVerdelen");
    assertThat(request.candidateGroups("vraagVerdelen")).isEqualTo("[\"voordeur-medewerkers\"]");
    assertThat(request.variable("delen")).as("the suggestion fills the checklist").isEqualTo(List.of("wmo", "schuldhulp"));

    request.completeUserTask("vraagVerdelen", Map.of("uitkomst", "verdelen",
        "delen", List.of("wmo", "jeugdwet", "schuldhulp"),
        "vraagWmo", "Hulp bij het huishouden.", "vraagJeugdwet", "Zoon slaapt slecht.", "vraagSchuldhulp", "Huurachterstand."));

    ServiceCall start = request.lastCall("toegang.start-parts");
    assertThat(start.variables()).containsEntry("delen", List.of("wmo", "jeugdwet", "schuldhulp"))
        .containsEntry("vraagWmo", "Hulp bij het huishouden.").containsEntry("caseId", request.caseId);
    assertThat(request.statuses()).containsExactly("TRIAGE", "SPLIT");
    request.assertProcess().isCompleted().hasPassedElement("verdeeld").hasNotPassedElement("adviesbrief").hasNoIncidents();
  }

  @Test
  void noPartMeansAdviceInALetterAndTheRequestCloses() {
    Request request = ask(List.of("anders"));
    assertThat(request.variable("delen")).as("nothing to suggest for something else").isEqualTo(List.of());

    request.completeUserTask("vraagVerdelen", Map.of("uitkomst", "advies", "advies", "Ga naar het buurthuis op dinsdag."));

    assertThat(request.lastCall("toegang.letter").headers()).containsEntry("template", "hulpvraag-advies");
    assertThat(request.lastCall("toegang.notify-resident").headers()).containsEntry("message", "advies-verstuurd");
    assertThat(request.statuses()).containsExactly("TRIAGE", "CLOSED_ADVICE");
    assertThat(request.calls("toegang.start-parts")).isEmpty();
    request.assertProcess().isCompleted().hasPassedElement("adviesGegeven").hasNoIncidents();
  }

  @Test
  void splittingWithoutChoosingAPartEndsAsAdviceNotAsAnEmptySplit() {
    Request request = ask(List.of("werk"));

    request.completeUserTask("vraagVerdelen", Map.of("uitkomst", "verdelen", "delen", List.of()));

    assertThat(request.calls("toegang.start-parts")).isEmpty();
    assertThat(request.statuses()).containsExactly("TRIAGE", "CLOSED_ADVICE");
    request.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void moneyAndWorkSuggestLivingCostsOnceAndTheMinimaSchemes() {
    Request request = ask(List.of("geld-inkomen", "werk", "opvoeden-opgroeien"));

    assertThat(request.variable("delen")).isEqualTo(List.of("jeugdwet", "levensonderhoud", "minima"));
  }

  @Test
  void aWithdrawalBeforeTheSplitEndsTheRequestAndItsTask() {
    Request request = ask(List.of("thuis-wonen-zorg"));

    request.publish("aanvraag-ingetrokken");

    assertThat(request.calls("toegang.withdraw-case")).hasSize(1);
    assertThat(request.openUserTasks()).isEmpty();
    request.assertProcess().isCompleted().hasNotPassedElement("delenStarten").hasNoIncidents();
  }

  // --- a small driver: the worker's and the front door's part ---

  record ServiceCall(String type, Map<String, String> headers, Map<String, Object> variables) {}

  Request ask(List<String> levensgebieden) {
    String caseId = "VR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> melding = new HashMap<>();
    melding.put("omschrijving", "Ik kan het huis niet schoonhouden en ik heb schulden.");
    melding.put("levensgebieden", levensgebieden);
    melding.put("voorWie", "zelf");
    melding.put("spoed", "nee");
    melding.put("akkoord", true);
    client.newPublishMessageCommand().messageName("hulpvraag-ontvangen").correlationKey(caseId).messageId(caseId)
        .variables(Map.of("caseId", caseId, "wet", "hulpvraag", "meldingOntvangen", Instant.now().toString(), "melding", melding))
        .send().join();
    idle();
    String json = "\"" + caseId + "\"";
    long key = StreamSupport.stream(records().variableRecords().spliterator(), false)
        .filter(r -> r.getValue().getName().equals("caseId") && r.getValue().getValue().equals(json))
        .map(r -> r.getValue().getProcessInstanceKey()).findFirst().orElseThrow();
    Request request = new Request(caseId, key);
    request.runServiceTasks();
    return request;
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

  final class Request {
    final String caseId;
    final long processInstanceKey;
    private final List<ServiceCall> calls = new ArrayList<>();

    Request(String caseId, long processInstanceKey) {
      this.caseId = caseId;
      this.processInstanceKey = processInstanceKey;
    }

    void runServiceTasks() {
      while (true) {
        idle();
        List<String> pending = openJobs().stream().map(r -> r.getValue().getType())
            .filter(t -> !t.equals(USER_TASK_JOB)).distinct().toList();
        if (pending.isEmpty()) {
          return;
        }
        for (String type : pending) {
          assertThat(SERVICE_JOB_TYPES).as("job type known to the worker").contains(type);
          for (ActivatedJob job : client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).send().join().getJobs()) {
            calls.add(new ServiceCall(job.getType(), job.getCustomHeaders(), job.getVariablesAsMap()));
            client.newCompleteCommand(job.getKey()).send().join();
          }
        }
      }
    }

    private List<Record<JobRecordValue>> openJobs() {
      List<Record<JobRecordValue>> jobs = StreamSupport.stream(records().jobRecords().spliterator(), false)
          .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey).toList();
      Set<Long> finished = jobs.stream()
          .filter(r -> r.getIntent() == JobIntent.COMPLETED || r.getIntent() == JobIntent.CANCELED)
          .map(Record::getKey).collect(Collectors.toSet());
      return jobs.stream().filter(r -> r.getIntent() == JobIntent.CREATED && !finished.contains(r.getKey())).toList();
    }

    List<String> openUserTasks() {
      idle();
      return openJobs().stream().filter(r -> r.getValue().getType().equals(USER_TASK_JOB))
          .map(r -> r.getValue().getElementId()).toList();
    }

    String candidateGroups(String elementId) {
      return openJobs().stream().filter(r -> r.getValue().getElementId().equals(elementId)).findFirst().orElseThrow()
          .getValue().getCustomHeaders().get("io.camunda.zeebe:candidateGroups");
    }

    void completeUserTask(String elementId, Map<String, Object> values) {
      long key = openJobs().stream().filter(r -> r.getValue().getElementId().equals(elementId)).findFirst().orElseThrow().getKey();
      client.newCompleteCommand(key).variables(values).send().join();
      runServiceTasks();
    }

    void publish(String message) {
      client.newPublishMessageCommand().messageName(message).correlationKey(caseId).send().join();
      runServiceTasks();
    }

    List<ServiceCall> calls(String type) {
      return calls.stream().filter(c -> c.type().equals(type)).toList();
    }

    ServiceCall lastCall(String type) {
      List<ServiceCall> of = calls(type);
      assertThat(of).as("calls of %s among %s", type, calls).isNotEmpty();
      return of.getLast();
    }

    List<String> statuses() {
      return calls.stream().filter(c -> c.type().equals("toegang.case-status") || c.type().equals("toegang.close-case"))
          .map(c -> c.headers().get("status")).toList();
    }

    Object variable(String name) {
      idle();
      return StreamSupport.stream(records().variableRecords().spliterator(), false)
          .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey
              && r.getValue().getScopeKey() == processInstanceKey && r.getValue().getName().equals(name))
          .reduce((first, second) -> second)
          .map(r -> WmoRouteDriver.readJson(r.getValue().getValue())).orElse(null);
    }

    ProcessInstanceAssert assertProcess() {
      idle();
      return new ProcessInstanceAssert(processInstanceKey, records());
    }
  }
}
