package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Plays the parts the Java handlers and the web pages play in production, so the process tests
 * of every route read as a story: a form starts the route by its message, case workers complete
 * tasks, the worker runs service tasks, and the engine clock moves to reach the timers.
 */
final class RouteDriver implements AutoCloseable {

  static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
  static final List<String> SERVICE_JOB_TYPES =
      List.of(
          "toegang.case-status",
          "toegang.letter",
          "toegang.notify-resident",
          "toegang.close-case",
          "toegang.withdraw-case",
          "toegang.start-parts",
          "toegang.doorbraak-besluit",
          "toegang.termijn-starten",
          "toegang.bezwaar-uitkomst",
          "toegang.dwangsom-berekenen");
  /** The job that starts the case's clock; the worker answers it with the deadline (StartTermHandler). */
  static final String TERM_START = "toegang.termijn-starten";
  /** The message the clock service sends when a case's deadline moves (CaseClocks.DEADLINE_MOVED). */
  static final String DEADLINE_MOVED = "termijn-gewijzigd";
  static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  static final String DEADLINE_VARIABLE = "beschikkingDeadline";
  static final String STANDS_STILL_VARIABLE = "termijnStaatStilTot";

  /** The end of a day in Dutch time: a term up to and including that day ends then (TermCounting.endOfDay). */
  static Instant endOfDay(LocalDate day) {
    return ZonedDateTime.of(day, LocalTime.MAX, NL).toInstant();
  }

  static final String JEUGD_BPMN = "workflows/bpmn/jeugd-route.bpmn";
  static final String SCHULDHULP_BPMN = "workflows/bpmn/schuldhulp-route.bpmn";
  static final String SIGNAAL_BPMN = "workflows/bpmn/signaal-route.bpmn";

  /** The models each route needs deployed; the forms are always deployed. */
  static final String ONDERSTEUNING_BPMN = "workflows/bpmn/ondersteuning.bpmn";
  /** What a granted case runs while the support lasts; the Wmo and Jeugd routes call it. */
  static final List<String> ONDERSTEUNING = List.of(ONDERSTEUNING_BPMN, dmn("herindicatie-termijnen"));
  static final List<String> WMO =
      List.of(WorkflowFiles.BPMN, dmn("wettelijke-termijnen"), dmn("wmo-triage"), dmn("gecontracteerde-aanbieders"),
          ONDERSTEUNING_BPMN, dmn("herindicatie-termijnen"));
  static final List<String> JEUGD =
      List.of(JEUGD_BPMN, dmn("wettelijke-termijnen"), dmn("jeugd-triage"), dmn("jeugdhulp-aanbieders"),
          ONDERSTEUNING_BPMN, dmn("herindicatie-termijnen"));
  static final List<String> PARTICIPATIEWET =
      List.of(
          dmn("participatiewet-termijnen"),
          dmn("minimaregelingen"),
          "workflows/bpmn/bijstand-route.bpmn",
          "workflows/bpmn/bijzondere-bijstand-route.bpmn",
          "workflows/bpmn/minima-route.bpmn");
  static final List<String> HULPVRAAG = List.of("workflows/bpmn/hulpvraag.bpmn", dmn("vraag-verdelen"));
  static final List<String> SCHULDHULP_EN_SIGNAAL =
      List.of(SCHULDHULP_BPMN, SIGNAAL_BPMN, dmn("schuldhulp-termijnen"), dmn("signaal-opvolging"));

  // Generous: with several builds on one machine the engine can be slow; both return as soon as it is done.
  private static final Duration IDLE_WAIT = Duration.ofSeconds(15);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ZeebeTestEngine engine;
  private final CamundaClient client;
  private Duration clockMoved = Duration.ZERO;

  RouteDriver(ZeebeTestEngine engine, List<String> models) {
    this.engine = engine;
    this.client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
            .preferRestOverGrpc(false)
            .defaultRequestTimeout(REQUEST_TIMEOUT)
            .build();
    DeployResourceCommandStep2 deploy = client.newDeployResourceCommand().addResourceFromClasspath(models.getFirst());
    for (String resource : Stream.concat(models.stream().skip(1), WorkflowFiles.formResources().stream()).toList()) {
      deploy = deploy.addResourceFromClasspath(resource);
    }
    deploy.send().join();
  }

  private static String dmn(String name) {
    return WorkflowFiles.DMN_DIR + "/" + name + ".dmn";
  }

  CamundaClient client() {
    return client;
  }

  /** Now, to the second: the engine clock starts at wall-clock time, so timers relative to it behave as in production. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** The next such weekday after today at this Dutch time of day, a week ahead so no timer is already due. */
  static Instant nextWeek(DayOfWeek day, int hour) {
    return ZonedDateTime.now(NL).plusWeeks(1).with(TemporalAdjusters.next(day)).with(LocalTime.of(hour, 0)).toInstant();
  }

  RouteCase reportWmoMelding(Map<String, Object> melding) {
    return start("melding-ontvangen", "wmo", "WMO", now(), Map.of("melding", melding));
  }

  RouteCase reportJeugdMelding(Map<String, Object> melding) {
    return start("jeugd-melding-ontvangen", "jeugdwet", "JW", now(), Map.of("melding", melding));
  }

  RouteCase receiveReferral(Map<String, Object> verwijzing, Map<String, Object> verwijzer) {
    return start("jeugd-verwijzing-ontvangen", "jeugdwet", "JW", now(), Map.of("melding", verwijzing, "verwijzer", verwijzer));
  }

  /** One of the Participatiewet routes, started by its own message. */
  RouteCase submit(String startMessage, String prefix, Map<String, Object> melding) {
    return start(startMessage, "participatiewet", prefix, now(), Map.of("melding", melding));
  }

  RouteCase bijstand(Map<String, Object> aanvraag) {
    return submit("bijstand-aanvraag-ontvangen", "PW", aanvraag);
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

  /** A question in everyday words at the front door, to be split into parts per law. */
  RouteCase askFrontDoor(Map<String, Object> hulpvraag) {
    return start("hulpvraag-ontvangen", "hulpvraag", "VR", now(), Map.of("melding", hulpvraag));
  }

  /** Publishes a route's start message with the start variables every route shares, plus the extra ones. */
  RouteCase start(String message, String wet, String prefix, Instant ontvangen, Map<String, Object> extra) {
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

  /**
   * Starts a model that routes call (such as ondersteuning) on its own, with the variables the
   * calling route would pass, so its own test need not walk the whole route first.
   */
  RouteCase startCalled(String processId, String prefix, Map<String, Object> variables) {
    String caseId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> all = new HashMap<>(variables);
    all.put("caseId", caseId);
    long key = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(all).send().join()
        .getProcessInstanceKey();
    RouteCase routeCase = new RouteCase(caseId, now(), key);
    routeCase.runServiceTasks();
    return routeCase;
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
    clockMoved = clockMoved.plus(duration);
    engine.increaseTime(duration);
    waitUntilIdle();
  }

  /** Moves the engine clock to just after the moment, as far as the engine's clock has not passed it yet. */
  void moveClockTo(Instant moment) {
    moveClockTo(moment, Duration.ZERO);
  }

  /** Moves the engine clock to this moment (plus a margin) and lets the timers due by then fire. */
  void moveClockTo(Instant moment, Duration margin) {
    Duration step = Duration.between(engineNow(), moment).plus(margin);
    if (!step.isNegative()) {
      moveClock(step);
    }
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

  static Object readJson(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A service task the worker would have run, as seen by that worker. */
  record ServiceCall(String type, Map<String, String> headers, Map<String, Object> variables) {
    String header(String name) {
      return headers.get(name);
    }

    @Override
    public String toString() {
      return type + headers;
    }
  }

  /** A job-based user task as the worker projects it into the task list. */
  record UserTask(long jobKey, String elementId, Map<String, String> headers) {
    List<String> candidateGroups() {
      try {
        return JSON.readValue(headers.get("io.camunda.zeebe:candidateGroups"), new TypeReference<>() {});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Instant dueDate() {
      return OffsetDateTime.parse(headers.get("io.camunda.zeebe:dueDate")).toInstant();
    }
  }

  final class RouteCase {
    final String caseId;
    final Instant meldingOntvangen;
    final long processInstanceKey;
    private final List<ServiceCall> serviceCalls = new ArrayList<>();
    private LocalDate deadline;

    private RouteCase(String caseId, Instant meldingOntvangen, long processInstanceKey) {
      this.caseId = caseId;
      this.meldingOntvangen = meldingOntvangen;
      this.processInstanceKey = processInstanceKey;
    }

    /** Completes service task jobs the way the worker does until only people, messages or timers can move the case. */
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
            if (!instanceKeys().contains(job.getProcessInstanceKey())) {
              // Another case's job: hand it back untouched, that case runs its own.
              client.newFailCommand(job.getKey()).retries(job.getRetries()).send().join();
              continue;
            }
            ServiceCall call = new ServiceCall(job.getType(), job.getCustomHeaders(), job.getVariablesAsMap());
            serviceCalls.add(call);
            client.newCompleteCommand(job.getKey()).variables(answer(call)).send().join();
          }
        }
      }
    }

    /**
     * The variables the worker completes a job with. The clock's job gets the last day the clock
     * service counted: by default the term added to the day it counts from; a test of a term that
     * ends on a rest day says which day the law makes of it ({@link #deadlineIs}).
     */
    private Map<String, Object> answer(ServiceCall call) {
      if (!call.type().equals(TERM_START)) {
        return Map.of();
      }
      LocalDate last = deadline != null ? deadline
          : Instant.parse((String) call.variables().get("termijnStart")).atZone(NL).toLocalDate()
              .plus(Period.parse((String) call.variables().get("termijn")));
      Map<String, Object> variables = new HashMap<>();
      variables.put(DEADLINE_VARIABLE, endOfDay(last).toString());
      variables.put(STANDS_STILL_VARIABLE, null);
      return variables;
    }

    /** The clock service will count this last day (a term ending on a rest day moves, Algemene termijnenwet). */
    void deadlineIs(LocalDate day) {
      deadline = day;
    }

    /**
     * What the clock service sends when the deadline moves: the new last day, and while an information
     * request is open, the last day of its answer term.
     */
    void deadlineMoved(LocalDate newDeadline, LocalDate standsStillUntil) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DEADLINE_VARIABLE, endOfDay(newDeadline).toString());
      variables.put(STANDS_STILL_VARIABLE, standsStillUntil == null ? null : endOfDay(standsStillUntil).toString());
      variables.put("termijnWijziging", standsStillUntil == null ? "beantwoord" : "gevraagd");
      publishDeadline(variables);
    }

    /** What the clock service sends when a case worker extends the term once (Awb 4:14). */
    void extended(LocalDate until, String reason) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DEADLINE_VARIABLE, endOfDay(until).toString());
      variables.put(STANDS_STILL_VARIABLE, null);
      variables.put("termijnWijziging", "verlengd");
      variables.put("verdaagdTot", until.toString());
      variables.put("verdagingReden", reason);
      publishDeadline(variables);
    }

    private void publishDeadline(Map<String, Object> variables) {
      client.newPublishMessageCommand().messageName(DEADLINE_MOVED).correlationKey(caseId)
          .messageId(DEADLINE_MOVED + ":" + caseId + ":" + UUID.randomUUID()).variables(variables).send().join();
      runServiceTasks();
    }

    /** The case's process instance and every instance it called (call activities), at any depth. */
    Set<Long> instanceKeys() {
      Set<Long> keys = new HashSet<>(Set.of(processInstanceKey));
      List<Record<ProcessInstanceRecordValue>> called =
          StreamSupport.stream(records().processInstanceRecords().spliterator(), false)
              .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS && r.getValue().getParentProcessInstanceKey() > 0)
              .toList();
      boolean grew = true;
      while (grew) {
        grew = false;
        for (Record<ProcessInstanceRecordValue> r : called) {
          if (keys.contains(r.getValue().getParentProcessInstanceKey()) && keys.add(r.getValue().getProcessInstanceKey())) {
            grew = true;
          }
        }
      }
      return keys;
    }

    private List<Record<JobRecordValue>> openJobs() {
      Set<Long> keys = instanceKeys();
      List<Record<JobRecordValue>> jobs =
          StreamSupport.stream(records().jobRecords().spliterator(), false)
              .filter(r -> keys.contains(r.getValue().getProcessInstanceKey()))
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
      RouteDriver.this.moveClockTo(moment, margin);
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

    List<ServiceCall> calls(String type) {
      return serviceCalls.stream().filter(c -> c.type().equals(type)).toList();
    }

    List<ServiceCall> letters() {
      return calls("toegang.letter");
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

    /** The latest value of a variable in any scope of the case's processes, also the ones it called. */
    Object latestVariable(String name) {
      Set<Long> keys = instanceKeys();
      return StreamSupport.stream(records().variableRecords().spliterator(), false)
          .filter(r -> keys.contains(r.getValue().getProcessInstanceKey()) && r.getValue().getName().equals(name))
          .reduce((first, second) -> second)
          .map(r -> readJson(r.getValue().getValue()))
          .orElse(null);
    }

    Instant instant(String variable) {
      return Instant.parse((String) variable(variable));
    }
  }
}
