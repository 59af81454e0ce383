package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Plays the parts of the platform for the Participatiewet routes (bijstand, bijzondere bijstand,
 * minimaregelingen), as {@link WmoRouteDriver} does for the Wmo route: the intake starts the
 * route with its message, case workers complete tasks, the worker runs the service tasks, and
 * the engine clock moves to reach the advance and the deadline timers.
 */
final class ParticipatiewetDriver implements AutoCloseable {

  static final List<String> MODELS =
      List.of("bijstand-route.bpmn", "bijzondere-bijstand-route.bpmn", "minima-route.bpmn");
  static final List<String> TABLES = List.of("participatiewet-termijnen.dmn", "minimaregelingen.dmn");

  private static final Duration IDLE_WAIT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ZeebeTestEngine engine;
  private final CamundaClient client;
  private Duration clockMoved = Duration.ZERO;

  ParticipatiewetDriver(ZeebeTestEngine engine) {
    this.engine = engine;
    this.client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .preferRestOverGrpc(false)
            // A cold engine on a busy machine can take more than the default 10 s for the first deployment.
            .defaultRequestTimeout(Duration.ofSeconds(30))
            .build();
    DeployResourceCommandStep2 deploy = client.newDeployResourceCommand().addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/" + TABLES.getFirst());
    for (String table : TABLES.subList(1, TABLES.size())) {
      deploy = deploy.addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/" + table);
    }
    for (String model : MODELS) {
      deploy = deploy.addResourceFromClasspath("workflows/bpmn/" + model);
    }
    for (String form : WorkflowFiles.formResources()) {
      deploy = deploy.addResourceFromClasspath(form);
    }
    deploy.send().join();
  }

  CamundaClient client() {
    return client;
  }

  /** The answers of the resident form {@code bijstand-aanvraag}: a single mother with no income. */
  static Map<String, Object> bijstandAanvraag() {
    Map<String, Object> aanvraag = person();
    aanvraag.put("huishouden", "alleenstaande-ouder");
    aanvraag.put("aantalKinderen", 1);
    aanvraag.put("inkomenSoort", List.of("geen"));
    aanvraag.put("inkomenPerMaand", 0);
    aanvraag.put("woonsituatie", "huur");
    aanvraag.put("woonkostenPerMaand", 720.5);
    aanvraag.put("stukkenAanleveren", "balie");
    return aanvraag;
  }

  static Map<String, Object> person() {
    Map<String, Object> person = new HashMap<>();
    person.put("voornaam", "Paulien");
    person.put("achternaam", "Bakker");
    person.put("bsn", "111222333");
    person.put("geboortedatum", "2002-05-14");
    person.put("adres", "Stationsstraat 12");
    person.put("postcode", "1315 AB");
    person.put("woonplaats", "Almere");
    person.put("telefoon", "0612345678");
    person.put("namens", "zelf");
    person.put("akkoord", true);
    return person;
  }

  /** What the general front-door form hands a part of a split request: no route-specific answers. */
  static Map<String, Object> frontDoorOnly() {
    Map<String, Object> melding = new HashMap<>();
    melding.put("voornaam", "Paulien");
    melding.put("achternaam", "Bakker");
    melding.put("situatie", "Ik heb geen geld meer voor de huur en het eten.");
    return melding;
  }

  Case submit(String startMessage, String prefix, Map<String, Object> melding) {
    String caseId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    // The engine clock starts at wall-clock time, so timers relative to this moment behave as in production.
    Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    client
        .newPublishMessageCommand()
        .messageName(startMessage)
        .correlationKey(caseId)
        .messageId(caseId)
        .variables(Map.of("caseId", caseId, "wet", "participatiewet", "meldingOntvangen", received.toString(), "melding", melding))
        .send()
        .join();
    waitUntilIdle();
    Case c = new Case(caseId, received, processInstanceKeyOf(caseId));
    c.runServiceTasks();
    return c;
  }

  Case bijstand(Map<String, Object> aanvraag) {
    return submit("bijstand-aanvraag-ontvangen", "PW", aanvraag);
  }

  /** Evaluates a decision table as the engine would, and returns its output as JSON. */
  JsonNode evaluate(String decisionId, Map<String, Object> variables) {
    var response = client.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join();
    assertThat(response.getFailureMessage()).as(decisionId).isNullOrEmpty();
    try {
      return JSON.readTree(response.getDecisionOutput());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves the engine clock to this moment (plus a margin) and lets the timers due by then fire. */
  void moveClockTo(Instant moment, Duration margin) {
    Duration step = Duration.between(engineNow(), moment).plus(margin);
    if (!step.isNegative()) {
      engine.increaseTime(step);
      clockMoved = clockMoved.plus(step);
    }
    waitUntilIdle();
  }

  /** The engine clock runs at wall-clock speed, ahead by what the tests moved it. */
  private Instant engineNow() {
    return Instant.now().plus(clockMoved);
  }

  private long processInstanceKeyOf(String caseId) {
    String json = "\"" + caseId + "\"";
    return StreamSupport.stream(records().variableRecords().spliterator(), false)
        .filter(r -> r.getValue().getName().equals("caseId") && r.getValue().getValue().equals(json))
        .map(r -> r.getValue().getProcessInstanceKey())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no process instance started for " + caseId));
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

  final class Case {
    final String caseId;
    final Instant received;
    final long processInstanceKey;
    private final List<ServiceCall> serviceCalls = new ArrayList<>();

    private Case(String caseId, Instant received, long processInstanceKey) {
      this.caseId = caseId;
      this.received = received;
      this.processInstanceKey = processInstanceKey;
    }

    /** Completes service task jobs the way the worker does until only people, messages or timers can move the case. */
    void runServiceTasks() {
      while (true) {
        waitUntilIdle();
        List<String> pendingTypes =
            openJobs().stream().map(r -> r.getValue().getType()).filter(t -> !t.equals(WmoRouteDriver.USER_TASK_JOB)).distinct().toList();
        if (pendingTypes.isEmpty()) {
          return;
        }
        for (String type : pendingTypes) {
          assertThat(WmoRouteDriver.SERVICE_JOB_TYPES).as("job type known to the worker").contains(type);
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

    /** Moves the engine clock to this moment plus the margin, then runs what the timers started. */
    void moveClockTo(Instant moment, Duration margin) {
      ParticipatiewetDriver.this.moveClockTo(moment, margin);
      runServiceTasks();
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

    List<ServiceCall> letters() {
      return serviceCalls.stream().filter(c -> c.type().equals("toegang.letter")).toList();
    }

    List<String> letterTemplates() {
      return letters().stream().map(c -> c.header("template")).toList();
    }

    ServiceCall lastCall(String type) {
      return serviceCalls.reversed().stream()
          .filter(c -> c.type().equals(type))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + type + " job ran; calls: " + serviceCalls));
    }

    List<UserTask> openUserTasks() {
      return openJobs().stream()
          .filter(r -> r.getValue().getType().equals(WmoRouteDriver.USER_TASK_JOB))
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
      return client.newActivateJobsCommand().jobType(WmoRouteDriver.USER_TASK_JOB).maxJobsToActivate(50).send().join().getJobs().stream()
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
          .map(r -> WmoRouteDriver.readJson(r.getValue().getValue()))
          .orElse(null);
    }

    Instant instant(String variable) {
      return Instant.parse((String) variable(variable));
    }
  }
}
