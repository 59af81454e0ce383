package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.time.OffsetDateTime;
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

/**
 * Plays the parts the Java handlers and the web pages play in production, so the process
 * tests read as a story: a resident reports, case workers complete tasks, the worker runs
 * service tasks.
 */
final class WmoRouteDriver implements AutoCloseable {

  static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
  static final List<String> SERVICE_JOB_TYPES =
      List.of(
          "toegang.case-status",
          "toegang.letter",
          "toegang.notify-resident",
          "toegang.close-case",
          "toegang.withdraw-case");

  private static final Duration IDLE_WAIT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ZeebeTestEngine engine;
  private final CamundaClient client;

  WmoRouteDriver(ZeebeTestEngine engine) {
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
            .addResourceFromClasspath(WorkflowFiles.BPMN)
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/wettelijke-termijnen.dmn")
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/wmo-triage.dmn")
            .addResourceFromClasspath(WorkflowFiles.DMN_DIR + "/gecontracteerde-aanbieders.dmn");
    for (String form : WorkflowFiles.formResources()) {
      deploy = deploy.addResourceFromClasspath(form);
    }
    deploy.send().join();
  }

  /** A melding as the resident form {@code wmo-melding} would deliver it. */
  static Map<String, Object> melding(String spoed, List<String> hulpvragen) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("voornaam", "Riet");
    melding.put("achternaam", "de Vries");
    melding.put("bsn", "111222333");
    melding.put("geboortedatum", "1941-03-08");
    melding.put("adres", "Lindelaan 4");
    melding.put("postcode", "1431 AB");
    melding.put("woonplaats", "Aalsmeer");
    melding.put("telefoon", "0612345678");
    melding.put("namens", "iemand-anders");
    melding.put("namensNaam", "Ellen de Vries");
    melding.put("namensRelatie", "dochter");
    melding.put("hulpvragen", hulpvragen);
    melding.put("situatie", "Mijn moeder kan het huis niet meer schoonhouden.");
    melding.put("spoed", spoed);
    melding.put("clientondersteuning", "ja");
    melding.put("akkoord", true);
    return melding;
  }

  WmoCase reportMelding(Map<String, Object> melding) {
    String caseId = "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    // The engine clock starts at wall-clock time, so timers relative to this moment behave as in production.
    Instant meldingOntvangen = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    client
        .newPublishMessageCommand()
        .messageName("melding-ontvangen")
        .correlationKey(caseId)
        .messageId(caseId)
        .variables(
            Map.of(
                "caseId", caseId,
                "wet", "wmo",
                "meldingOntvangen", meldingOntvangen.toString(),
                "melding", melding))
        .send()
        .join();
    waitUntilIdle();
    WmoCase wmoCase = new WmoCase(caseId, meldingOntvangen, processInstanceKeyOf(caseId));
    wmoCase.runServiceTasks();
    return wmoCase;
  }

  private long processInstanceKeyOf(String caseId) {
    String json = "\"" + caseId + "\"";
    return StreamSupport.stream(records().variableRecords().spliterator(), false)
        .filter(r -> r.getValue().getName().equals("caseId") && r.getValue().getValue().equals(json))
        .map(r -> r.getValue().getProcessInstanceKey())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no process instance started for " + caseId));
  }

  void moveClock(Duration duration) {
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

  final class WmoCase {
    final String caseId;
    final Instant meldingOntvangen;
    final long processInstanceKey;
    private final List<ServiceCall> serviceCalls = new ArrayList<>();

    private WmoCase(String caseId, Instant meldingOntvangen, long processInstanceKey) {
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
