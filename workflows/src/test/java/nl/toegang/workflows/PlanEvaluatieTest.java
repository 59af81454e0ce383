package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.toegang.workflows.RouteDriver.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan's review date: the coordinator's team gets "Plan evalueren" on the day, the team lead when it passes. */
@ZeebeProcessTest
class PlanEvaluatieTest {

  static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  static final String MESSAGE = "plan-evaluatiedatum-gezet";
  static final String TEAM_CHANGED = "plan-team-gewijzigd";

  private ZeebeTestEngine engine;
  private CamundaClient client;
  private Duration moved = Duration.ZERO;

  @BeforeEach
  void deploy() {
    client = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
        .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(30)).build();
    DeployResourceCommandStep2 deploy = client.newDeployResourceCommand()
        .addResourceFromClasspath("workflows/bpmn/plan-evaluatie.bpmn");
    for (String form : WorkflowFiles.formResources()) {
      deploy = deploy.addResourceFromClasspath(form);
    }
    deploy.send().join();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void theTeamGetsTheReviewOnTheDayAndTheTeamLeadWhenItPasses() {
    LocalDate reviewDate = today().plusDays(10);
    setReviewDate("HH-AAAAA-BBBBB", reviewDate, "schuldhulp");

    moveClockTo(at(reviewDate, 7));
    assertThat(openTasks("HH-AAAAA-BBBBB")).isEmpty();

    moveClockTo(at(reviewDate, 9));
    UserTask evalueren = awaitTask("HH-AAAAA-BBBBB", "planEvalueren");
    assertThat(evalueren.candidateGroups()).containsExactly("schuldhulp-consulenten");
    assertThat(evalueren.dueDate()).isEqualTo(reviewDate.atTime(23, 59).atZone(NL).toInstant());

    moveClockTo(at(reviewDate.plusDays(1), 9));
    UserTask bewaken = awaitTask("HH-AAAAA-BBBBB", "evaluatieBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("schuldhulp-teamleiders");

    client.newCompleteCommand(evalueren.jobKey()).variables(Map.of("bevindingen", "Schulden op een rij.")).send().join();
    idle();
    assertThat(openTasks("HH-AAAAA-BBBBB")).isEmpty();
  }

  @Test
  void aNewReviewDateMovesTheTaskAndASecondHouseholdHasItsOwn() {
    LocalDate first = today().plusDays(10);
    LocalDate later = today().plusDays(30);
    setReviewDate("HH-CCCCC-DDDDD", first, "wmo");
    setReviewDate("HH-EEEEE-FFFFF", first, "jeugd");
    setReviewDate("HH-CCCCC-DDDDD", later, "wmo");

    moveClockTo(at(first, 9));
    assertThat(awaitTask("HH-EEEEE-FFFFF", "planEvalueren").candidateGroups()).containsExactly("jeugd-consulenten");
    assertThat(openTasks("HH-CCCCC-DDDDD")).isEmpty();

    moveClockTo(at(later, 9));
    UserTask moved = awaitTask("HH-CCCCC-DDDDD", "planEvalueren");
    assertThat(moved.candidateGroups()).containsExactly("wmo-consulenten");
    assertThat(moved.dueDate()).isEqualTo(later.atTime(23, 59).atZone(NL).toInstant());
    assertThat(openTasks("HH-CCCCC-DDDDD")).hasSize(1);
  }

  @Test
  void aNewDateWhileTheReviewIsOpenReplacesTheOpenTask() {
    LocalDate first = today().plusDays(5);
    setReviewDate("HH-GGGGG-HHHHH", first, "inkomen");
    moveClockTo(at(first, 9));
    awaitTask("HH-GGGGG-HHHHH", "planEvalueren");

    setReviewDate("HH-GGGGG-HHHHH", first.plusDays(60), "inkomen");
    assertThat(openTasks("HH-GGGGG-HHHHH")).isEmpty();
    moveClockTo(at(first.plusDays(2), 9));
    assertThat(openTasks("HH-GGGGG-HHHHH")).as("no escalation for the date that was moved").isEmpty();
  }

  @Test
  void aHandOverToAnotherTeamGivesTheWaitingReviewToTheNewTeam() {
    LocalDate reviewDate = today().plusDays(10);
    setReviewDate("HH-JJJJJ-KKKKK", reviewDate, "wmo");

    handOver("HH-JJJJJ-KKKKK", "jeugd");
    moveClockTo(at(reviewDate, 9));
    assertThat(awaitTask("HH-JJJJJ-KKKKK", "planEvalueren").candidateGroups()).containsExactly("jeugd-consulenten");
    moveClockTo(at(reviewDate.plusDays(1), 9));
    assertThat(awaitTask("HH-JJJJJ-KKKKK", "evaluatieBewaken").candidateGroups()).containsExactly("jeugd-teamleiders");
    assertThat(openTasks("HH-JJJJJ-KKKKK")).hasSize(2);
  }

  @Test
  void aHandOverWhileTheReviewIsOpenMovesTheOpenReviewToTheNewTeam() {
    LocalDate reviewDate = today().plusDays(3);
    setReviewDate("HH-MMMMM-NNNNN", reviewDate, "wmo");
    moveClockTo(at(reviewDate, 9));
    awaitTask("HH-MMMMM-NNNNN", "planEvalueren");

    handOver("HH-MMMMM-NNNNN", "schuldhulp");
    // The date has come already, so the new team's task follows as soon as the engine sees its timer.
    assertThat(awaitTask("HH-MMMMM-NNNNN", "planEvalueren").candidateGroups()).containsExactly("schuldhulp-consulenten");
    assertThat(openTasks("HH-MMMMM-NNNNN")).as("the Wmo team's task is withdrawn").hasSize(1);
  }

  @Test
  void aHandOverAfterTheReviewStartsNoNewReview() {
    LocalDate reviewDate = today().plusDays(4);
    setReviewDate("HH-PPPPP-QQQQQ", reviewDate, "wmo");
    moveClockTo(at(reviewDate, 9));
    UserTask evalueren = awaitTask("HH-PPPPP-QQQQQ", "planEvalueren");
    client.newCompleteCommand(evalueren.jobKey()).variables(Map.of("bevindingen", "Goed op weg.")).send().join();
    idle();

    handOver("HH-PPPPP-QQQQQ", "jeugd");
    moveClockTo(at(reviewDate.plusDays(1), 9));
    assertThat(openTasks("HH-PPPPP-QQQQQ")).isEmpty();
  }

  private void handOver(String householdId, String team) {
    client.newPublishMessageCommand().messageName(TEAM_CHANGED).correlationKey(householdId).timeToLive(Duration.ZERO)
        .variables(Map.of("team", team)).send().join();
    idle();
  }

  private void setReviewDate(String householdId, LocalDate date, String team) {
    client.newPublishMessageCommand().messageName(MESSAGE).correlationKey(householdId).timeToLive(Duration.ZERO)
        .variables(Map.of("householdId", householdId, "caseId", householdId, "evaluatieDatum", date.toString(), "team", team))
        .send().join();
    idle();
  }

  private LocalDate today() {
    return LocalDate.now(NL);
  }

  private static Instant at(LocalDate day, int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), NL).toInstant();
  }

  private void moveClockTo(Instant moment) {
    Duration ahead = Duration.between(Instant.now().plus(moved), moment);
    if (!ahead.isNegative()) {
      engine.increaseTime(ahead);
      moved = moved.plus(ahead);
    }
    idle();
  }

  private UserTask awaitTask(String householdId, String elementId) {
    Instant end = Instant.now().plusSeconds(5);
    while (Instant.now().isBefore(end)) {
      var found = openTasks(householdId).stream().filter(t -> t.elementId().equals(elementId)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      idle();
    }
    throw new AssertionError("no open task " + elementId + " for " + householdId + "; open: " + openTasks(householdId));
  }

  /** Open user-task jobs of the household's process (its caseId variable is the household id). */
  private List<UserTask> openTasks(String householdId) {
    List<Record<JobRecordValue>> jobs = StreamSupport.stream(
        RecordStream.of(engine.getRecordStreamSource()).jobRecords().spliterator(), false)
        .filter(r -> r.getValue().getType().equals(RouteDriver.USER_TASK_JOB))
        .toList();
    Set<Long> finished = jobs.stream()
        .filter(r -> r.getIntent() == JobIntent.COMPLETED || r.getIntent() == JobIntent.CANCELED)
        .map(Record::getKey).collect(Collectors.toSet());
    return jobs.stream().filter(r -> r.getIntent() == JobIntent.CREATED && !finished.contains(r.getKey()))
        .filter(r -> instancesOf(householdId).contains(r.getValue().getProcessInstanceKey()))
        .map(r -> new UserTask(r.getKey(), r.getValue().getElementId(), r.getValue().getCustomHeaders()))
        .toList();
  }

  private Set<Long> instancesOf(String householdId) {
    return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).variableRecords().spliterator(), false)
        .filter(r -> r.getValue().getName().equals("householdId") && r.getValue().getValue().equals("\"" + householdId + "\""))
        .map(r -> r.getValue().getProcessInstanceKey()).collect(Collectors.toSet());
  }

  private void idle() {
    try {
      engine.waitForIdleState(Duration.ofSeconds(15));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("engine did not become idle", e);
    }
  }
}
