package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.wmoMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Awb 4:17 in the Wmo route: a notice of default starts a non-interrupting event sub-process with a task
 * for the team lead, due when the penalty would start; the case itself goes on. The penalty's own process
 * (dwangsom.bpmn) deploys beside the route; the worker's DefaultNoticeProcessTest runs it with the real handler.
 */
@ZeebeProcessTest
class WmoDefaultNoticeTest {

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine,
        Stream.concat(RouteDriver.WMO.stream(), Stream.of(WorkflowFiles.BPMN_DIR + "/dwangsom.bpmn")).toList());
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void theTeamLeadGetsATaskDueWhenThePenaltyWouldStartAndTheCaseGoesOn() {
    RouteCase c = route.reportWmoMelding(wmoMelding("nee", List.of("huishouden")));
    List<String> before = c.openUserTaskIds();
    Instant penaltyFrom = RouteDriver.now().plus(Duration.ofDays(14));

    c.publish("ingebrekestelling-ontvangen", Map.of("ingebrekestellingOntvangen", RouteDriver.now().toString(),
        "dwangsomVanaf", penaltyFrom.toString(), "dwangsomLaatsteDag", penaltyFrom.plus(Duration.ofDays(42)).toString(),
        "team", "wmo", "wet", "wmo"));
    c.awaitUserTask("ingebrekestellingBehandelen");

    RouteDriver.UserTask lead = c.userTask("ingebrekestellingBehandelen");
    assertThat(lead.candidateGroups()).containsExactly("wmo-teamleiders");
    assertThat(lead.dueDate()).isEqualTo(penaltyFrom);
    assertThat(c.openUserTaskIds()).as("the case's own work stays open").containsAll(before);

    c.completeUserTask("ingebrekestellingBehandelen", Map.of("afspraak", "Besluit deze week."));
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrderElementsOf(before);
  }
}
