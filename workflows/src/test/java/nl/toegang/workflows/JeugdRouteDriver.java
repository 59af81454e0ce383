package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.toegang.workflows.WmoRouteDriver.ServiceCall;
import nl.toegang.workflows.WmoRouteDriver.UserTask;

/**
 * Plays the parts the platform plays for the Jeugdwet route: a parent, a young person or a
 * referrer sends a form, case workers complete tasks, the worker runs service tasks. Like
 * {@link WmoRouteDriver}, but with the route's two start messages and its own models.
 */
final class JeugdRouteDriver implements AutoCloseable {

  static final String BPMN = "workflows/bpmn/jeugd-route.bpmn";
  static final String USER_TASK_JOB = WmoRouteDriver.USER_TASK_JOB;
  static final List<String> SERVICE_JOB_TYPES = WmoRouteDriver.SERVICE_JOB_TYPES;

  private static final Duration IDLE_WAIT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ZeebeTestEngine engine;
  private final CamundaClient client;
  private Duration clockMoved = Duration.ZERO;

  JeugdRouteDriver(ZeebeTestEngine engine) {
    this.engine = engine;
    this.client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .preferRestOverGrpc(false)
            .build();
    deployAllModels();
  }

  CamundaClient client() {
    return client;
  }

  private void deployAllModels() {
    DeployResourceCommandStep2 deploy =
        client
            .newDeployResourceCommand()
            .addResourceFromClasspath(BPMN)
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/wettelijke-termijnen.dmn")
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/jeugd-triage.dmn")
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/jeugdhulp-aanbieders.dmn");
    for (String form : WorkflowFiles.formResources()) {
      deploy = deploy.addResourceFromClasspath(form);
    }
    deploy.send().join();
  }

  /** A melding as the intake form {@code jeugd-melding} would deliver it. */
  static Map<String, Object> melding(String namens, String spoed, String veiligheid) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("namens", namens);
    if (namens.equals("ouder")) {
      melding.put("namensNaam", "Sanne Bakker");
      melding.put("namensRelatie", "moeder");
    }
    melding.put("telefoon", "0612345678");
    melding.put("voornaam", "Daan");
    melding.put("achternaam", "Bakker");
    melding.put("geboortedatum", "2012-05-14");
    melding.put("bsn", "111222333");
    melding.put("adres", "Dorpsstraat 12");
    melding.put("postcode", "1431 CD");
    melding.put("woonplaats", "Aalsmeer");
    melding.put("situatie", "Daan gaat al weken niet naar school. Hij is vaak boos en somber.");
    melding.put("veiligheid", veiligheid);
    melding.put("spoed", spoed);
    melding.put("clientondersteuning", "nee");
    melding.put("akkoord", true);
    return melding;
  }

  /** A referral as the form {@code jeugd-verwijzing} would deliver it. */
  static Map<String, Object> verwijzing(String jeugdhulpSoort, String spoed) {
    Map<String, Object> verwijzing = new HashMap<>();
    verwijzing.put("voornaam", "Lieke");
    verwijzing.put("achternaam", "Jansen");
    verwijzing.put("geboortedatum", "2014-09-02");
    verwijzing.put("bsn", "123456782");
    verwijzing.put("adres", "Kerkweg 3");
    verwijzing.put("postcode", "1432 EF");
    verwijzing.put("woonplaats", "Aalsmeer");
    verwijzing.put("telefoon", "0687654321");
    verwijzing.put("jeugdhulpSoort", jeugdhulpSoort);
    verwijzing.put("verwijsreden", "Angstklachten, thuis en op school. Behandeling nodig.");
    verwijzing.put("spoed", spoed);
    verwijzing.put("gezinGeinformeerd", true);
    return verwijzing;
  }

  /** Who referred, as the platform sets it from the referrer's login. */
  static Map<String, Object> huisarts() {
    return Map.of("naam", "Dr. A. de Wit", "organisatie", "Huisartsenpraktijk Aalsmeer-Oost", "agbCode", "01012345",
        "soort", "huisarts");
  }

  JeugdCase reportMelding(Map<String, Object> melding) {
    return start("jeugd-melding-ontvangen", melding, null);
  }

  JeugdCase receiveReferral(Map<String, Object> verwijzing, Map<String, Object> verwijzer) {
    return start("jeugd-verwijzing-ontvangen", verwijzing, verwijzer);
  }

  private JeugdCase start(String message, Map<String, Object> melding, Map<String, Object> verwijzer) {
    String caseId = "JW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    // The engine clock starts at wall-clock time, so timers relative to this moment behave as in production.
    Instant meldingOntvangen = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", caseId);
    variables.put("wet", "jeugdwet");
    variables.put("meldingOntvangen", meldingOntvangen.toString());
    variables.put("melding", melding);
    if (verwijzer != null) {
      variables.put("verwijzer", verwijzer);
    }
    client.newPublishMessageCommand().messageName(message).correlationKey(caseId).messageId(caseId).variables(variables)
        .send().join();
    waitUntilIdle();
    JeugdCase jeugdCase = new JeugdCase(caseId, meldingOntvangen, processInstanceKeyOf(caseId));
    jeugdCase.runServiceTasks();
    return jeugdCase;
  }

  private long processInstanceKeyOf(String caseId) {
    String json = "\"" + caseId + "\"";
    return StreamSupport.stream(records().variableRecords().spliterator(), false)
        .filter(r -> r.getValue().getName().equals("caseId") && r.getValue().getValue().equals(json))
        .map(r -> r.getValue().getProcessInstanceKey())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no process instance started for " + caseId));
  }

  /** The engine's clock: wall-clock time plus every move so far. */
  Instant engineNow() {
    return Instant.now().plus(clockMoved);
  }

  void moveClock(Duration duration) {
    clockMoved = clockMoved.plus(duration);
    engine.increaseTime(duration);
    waitUntilIdle();
  }

  private void waitUntilIdle() {
    try {
      engine.waitForIdleState(IDLE_WAIT);
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

  @Override
  public void close() {
    client.close();
  }

  final class JeugdCase {
    final String caseId;
    final Instant meldingOntvangen;
    final long processInstanceKey;
    private final List<ServiceCall> serviceCalls = new ArrayList<>();

    private JeugdCase(String caseId, Instant meldingOntvangen, long processInstanceKey) {
      this.caseId = caseId;
      this.meldingOntvangen = meldingOntvangen;
      this.processInstanceKey = processInstanceKey;
    }

    /** Completes service task jobs the way the worker does until only people or messages can move the case. */
    void runServiceTasks() {
      while (true) {
        waitUntilIdle();
        // Only ask for types that have open jobs: an empty activation would long-poll.
        List<String> pendingTypes =
            openJobs().stream().map(r -> r.getValue().getType()).filter(t -> !t.equals(USER_TASK_JOB)).distinct().toList();
        if (pendingTypes.isEmpty()) {
          return;
        }
        for (String type : pendingTypes) {
          assertThat(SERVICE_JOB_TYPES).as("job type known to the worker").contains(type);
          for (ActivatedJob job : client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).send().join().getJobs()) {
            serviceCalls.add(new ServiceCall(job.getType(), job.getCustomHeaders(), job.getVariablesAsMap()));
            client.newCompleteCommand(job.getKey()).send().join();
          }
        }
      }
    }

    private List<Record<JobRecordValue>> openJobs() {
      List<Record<JobRecordValue>> jobs =
          StreamSupport.stream(records().jobRecords().spliterator(), false)
              .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
              .toList();
      Set<Long> finishedKeys =
          jobs.stream()
              .filter(r -> r.getIntent() == JobIntent.COMPLETED || r.getIntent() == JobIntent.CANCELED)
              .map(Record::getKey)
              .collect(Collectors.toSet());
      return jobs.stream().filter(r -> r.getIntent() == JobIntent.CREATED && !finishedKeys.contains(r.getKey())).toList();
    }

    List<ServiceCall> serviceCalls() {
      return List.copyOf(serviceCalls);
    }

    List<String> statuses() {
      return serviceCalls.stream()
          .filter(c -> c.type().equals("toegang.case-status") || c.type().equals("toegang.close-case"))
          .map(c -> c.header("status"))
          .toList();
    }

    ServiceCall lastCall(String type) {
      return serviceCalls.reversed().stream()
          .filter(c -> c.type().equals(type))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + type + " job ran; calls: " + serviceCalls));
    }

    List<UserTask> openUserTasks() {
      return openJobs().stream()
          .filter(r -> r.getValue().getType().equals(USER_TASK_JOB))
          .map(r -> new UserTask(r.getKey(), r.getValue().getElementId(), r.getValue().getCustomHeaders()))
          .toList();
    }

    List<String> openUserTaskIds() {
      return openUserTasks().stream().map(UserTask::elementId).toList();
    }

    UserTask userTask(String elementId) {
      List<UserTask> matching = openUserTasks().stream().filter(t -> t.elementId().equals(elementId)).toList();
      assertThat(matching).as("open user task %s (open: %s)", elementId, openUserTaskIds()).hasSize(1);
      return matching.getFirst();
    }

    /** Fetches a user task the way the worker does, to see the variables its form is filled with. */
    ActivatedJob activateUserTask(String elementId) {
      long key = userTask(elementId).jobKey();
      return client.newActivateJobsCommand().jobType(USER_TASK_JOB).maxJobsToActivate(50).send().join().getJobs().stream()
          .filter(job -> job.getKey() == key)
          .findFirst()
          .orElseThrow(() -> new AssertionError("user task " + elementId + " could not be activated"));
    }

    void completeUserTask(String elementId, Map<String, Object> formValues) {
      client.newCompleteCommand(userTask(elementId).jobKey()).variables(formValues).send().join();
      runServiceTasks();
    }

    void publish(String messageName, Map<String, Object> variables) {
      client.newPublishMessageCommand().messageName(messageName).correlationKey(caseId).variables(variables).send().join();
      runServiceTasks();
    }

    ProcessInstanceAssert assertProcess() {
      waitUntilIdle();
      return new ProcessInstanceAssert(processInstanceKey, records());
    }

    Object variable(String name) {
      return StreamSupport.stream(records().variableRecords().spliterator(), false)
          .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
          .filter(r -> r.getValue().getScopeKey() == processInstanceKey && r.getValue().getName().equals(name))
          .reduce((first, second) -> second)
          .map(r -> readJson(r.getValue().getValue()))
          .orElse(null);
    }
  }

  static Object readJson(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
