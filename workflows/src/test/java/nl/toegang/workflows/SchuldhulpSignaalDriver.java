package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
 * Plays the platform's part for the schuldhulp and signal routes, as {@link WmoRouteDriver}
 * does for the Wmo: the intake starts the process by its message, case workers complete tasks,
 * the worker runs service tasks.
 */
final class SchuldhulpSignaalDriver implements AutoCloseable {

  static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  static final String SCHULDHULP_BPMN = "workflows/bpmn/schuldhulp-route.bpmn";
  static final String SIGNAAL_BPMN = "workflows/bpmn/signaal-route.bpmn";

  // Generous: with several builds on one machine the engine can be slow; both return as soon as it is done.
  private static final Duration IDLE_WAIT = Duration.ofSeconds(15);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final ZeebeTestEngine engine;
  private final CamundaClient client;
  private Duration clockMoved = Duration.ZERO;

  SchuldhulpSignaalDriver(ZeebeTestEngine engine) {
    this.engine = engine;
    this.client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .preferRestOverGrpc(false)
            .defaultRequestTimeout(REQUEST_TIMEOUT)
            .build();
    DeployResourceCommandStep2 deploy =
        client
            .newDeployResourceCommand()
            .addResourceFromClasspath(SCHULDHULP_BPMN)
            .addResourceFromClasspath(SIGNAAL_BPMN)
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/schuldhulp-termijnen.dmn")
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/signaal-opvolging.dmn");
    for (String form : WorkflowFiles.formResources()) {
      deploy = deploy.addResourceFromClasspath(form);
    }
    deploy.send().join();
  }

  CamundaClient client() {
    return client;
  }

  /** The next such weekday after today at this Dutch time of day, a week ahead so no timer is already due. */
  static Instant nextWeek(DayOfWeek day, int hour) {
    return ZonedDateTime.now(NL).plusWeeks(1).with(TemporalAdjusters.next(day)).with(LocalTime.of(hour, 0)).toInstant();
  }

  /** Now, to the second, so timers relative to the request behave as in production. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** A request for debt help as form {@code schuldhulp-verzoek} delivers it. */
  static Map<String, Object> verzoek(List<String> dreiging) {
    Map<String, Object> verzoek = new HashMap<>();
    verzoek.put("voornaam", "Paulien");
    verzoek.put("achternaam", "Jansen");
    verzoek.put("bsn", "111222333");
    verzoek.put("geboortedatum", "2002-05-14");
    verzoek.put("adres", "Havenstraat 12");
    verzoek.put("postcode", "1315 AB");
    verzoek.put("woonplaats", "Almere");
    verzoek.put("telefoon", "0612345678");
    verzoek.put("schuldBedrag", "5000-20000");
    verzoek.put("schuldeisers", List.of("verhuurder", "energie", "zorgverzekeraar"));
    verzoek.put("dreiging", dreiging);
    verzoek.put("dreigingToelichting", dreiging.isEmpty() ? "" : "De deurwaarder komt op 15 december.");
    verzoek.put("inkomenSoort", List.of("uitkering"));
    verzoek.put("inkomenPerMaand", 1350);
    verzoek.put("akkoord", true);
    return verzoek;
  }

  /** A signal as form {@code signaal} delivers it. */
  static Map<String, Object> signaal(String bron, String spoed) {
    Map<String, Object> signaal = new HashMap<>();
    signaal.put("bron", bron);
    signaal.put("voornaam", "Henk");
    signaal.put("achternaam", "Bakker");
    signaal.put("adres", "Dorpsstraat 3");
    signaal.put("woonplaats", "Aalsmeer");
    signaal.put("zorg", "Hij betaalt de huur al drie maanden niet en doet de deur niet open.");
    signaal.put("achterstandBedrag", 2100);
    signaal.put("achterstandMaanden", 3);
    signaal.put("spoed", spoed);
    signaal.put("persoonWeetHet", "nee");
    return signaal;
  }

  RouteCase requestDebtHelp(Map<String, Object> verzoek, Instant ontvangen) {
    return start("schuldhulp-verzoek-ontvangen", "schuldhulp", "SHV", ontvangen, Map.of("melding", verzoek));
  }

  RouteCase raiseSignal(Map<String, Object> signaal, Map<String, Object> melder, Instant ontvangen) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("melding", signaal);
    if (melder != null) {
      variables.put("melder", melder);
    }
    return start("signaal-ontvangen", "signaal", "SIG", ontvangen, variables);
  }

  private RouteCase start(String message, String wet, String prefix, Instant ontvangen, Map<String, Object> extra) {
    String caseId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("caseId", caseId);
    variables.put("wet", wet);
    variables.put("meldingOntvangen", ontvangen.toString());
    client.newPublishMessageCommand().messageName(message).correlationKey(caseId).messageId(caseId).variables(variables).send().join();
    waitUntilIdle();
    RouteCase routeCase = new RouteCase(caseId, ontvangen, processInstanceKeyOf(caseId));
    routeCase.runServiceTasks();
    return routeCase;
  }

  private long processInstanceKeyOf(String caseId) {
    String json = "\"" + caseId + "\"";
    return StreamSupport.stream(records().variableRecords().spliterator(), false)
        .filter(r -> r.getValue().getName().equals("caseId") && r.getValue().getValue().equals(json))
        .map(r -> r.getValue().getProcessInstanceKey())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no process instance started for " + caseId));
  }

  /** The engine clock: wall-clock time plus every move so far. */
  Instant engineNow() {
    return Instant.now().plus(clockMoved);
  }

  void moveClock(Duration duration) {
    engine.increaseTime(duration);
    clockMoved = clockMoved.plus(duration);
    waitUntilIdle();
  }

  /** Moves the engine clock to just after the moment, as far as the engine's clock has not passed it yet. */
  void moveClockTo(Instant moment) {
    Duration ahead = Duration.between(engineNow(), moment);
    if (!ahead.isNegative()) {
      moveClock(ahead);
    }
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

  final class RouteCase {
    final String caseId;
    final Instant ontvangen;
    final long processInstanceKey;
    private final List<ServiceCall> serviceCalls = new ArrayList<>();

    private RouteCase(String caseId, Instant ontvangen, long processInstanceKey) {
      this.caseId = caseId;
      this.ontvangen = ontvangen;
      this.processInstanceKey = processInstanceKey;
    }

    /** Completes service task jobs the way the worker does until only people or messages can move the case. */
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
            if (job.getProcessInstanceKey() != processInstanceKey) {
              client.newFailCommand(job.getKey()).retries(job.getRetries()).send().join();
              continue;
            }
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
          .filter(r -> r.getValue().getType().equals(WmoRouteDriver.USER_TASK_JOB))
          .map(r -> new UserTask(r.getKey(), r.getValue().getElementId(), r.getValue().getCustomHeaders()))
          .toList();
    }

    List<String> openUserTaskIds() {
      return openUserTasks().stream().map(UserTask::elementId).toList();
    }

    /** A timer's task: the engine fires due timers a moment after the clock moved, not at once. */
    void awaitUserTask(String elementId) {
      Instant end = Instant.now().plus(Duration.ofSeconds(5));
      while (!openUserTaskIds().contains(elementId) && Instant.now().isBefore(end)) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        waitUntilIdle();
      }
    }

    UserTask userTask(String elementId) {
      List<UserTask> matching = openUserTasks().stream().filter(t -> t.elementId().equals(elementId)).toList();
      assertThat(matching).as("open user task %s (open: %s)", elementId, openUserTaskIds()).hasSize(1);
      return matching.getFirst();
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
