package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.jeugdMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused youth-care decision goes to a Jeugd team lead before its letter when the case worker asks. */
@ZeebeProcessTest
class JeugdReconsiderationTest {

  private static final Map<String, Object> REJECTION = Map.of("besluit", "afwijzen", "product", "verblijf",
      "motivering", "Hulp thuis past beter.", "heroverwegingGevraagd", true,
      "heroverwegingReden", "Thuis is het niet veilig genoeg; ik twijfel aan mijn eigen besluit.");

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.JEUGD);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void theRejectionStandsAfterTheTeamLeadsReconsiderationAndOnlyThenTheLetterGoesOut() {
    RouteCase c = readyForDecision();
    c.completeUserTask("beschikkingOpstellen", REJECTION);

    assertThat(c.userTask("afwijzingHeroverwegen").candidateGroups()).containsExactly("jeugd-teamleiders");
    assertThat(c.serviceCalls()).noneMatch(call -> "jeugd-beschikking".equals(call.header("template")));
    assertThat(c.statuses()).last().isEqualTo("RECONSIDERATION");

    c.completeUserTask("afwijzingHeroverwegen", Map.of("heroverwegingUitkomst", "handhaven",
        "heroverwegingNotitie", "Veilig Thuis is betrokken; hulp thuis met een plan past."));
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    assertThat((String) c.lastCall("toegang.letter").variables().get("besluitTekst")).contains("niet");
    assertThat(c.statuses()).endsWith("RECONSIDERATION", "DECISION", "CLOSED_REJECTED");
    c.assertProcess().isCompleted().hasPassedElement("afgewezen").hasNoIncidents();
  }

  @Test
  void theTeamLeadGrantsAndTheCaseWorkerWritesOutTheGrant() {
    RouteCase c = readyForDecision();
    c.completeUserTask("beschikkingOpstellen", REJECTION);
    c.completeUserTask("afwijzingHeroverwegen", Map.of("heroverwegingUitkomst", "toekennen",
        "heroverwegingNotitie", "Ken verblijf toe voor een half jaar."));

    assertThat(c.openUserTaskIds()).contains("beschikkingOpstellen").doesNotContain("beschikkingGoedkeuren");
    assertThat(c.activateUserTask("beschikkingOpstellen").getVariablesAsMap())
        .containsEntry("besluit", "toekennen").containsEntry("heroverwegingNotitie", "Ken verblijf toe voor een half jaar.");
    c.completeUserTask("beschikkingOpstellen", JeugdRouteTest.beschikking("toekennen", "verblijf"));
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));
    @SuppressWarnings("unchecked")
    var aanbieders = (List<Map<String, String>>) c.variable("aanbieders");
    c.completeUserTask("aanbiederToewijzen", Map.of("aanbieder", aanbieders.getFirst().get("value")));

    assertThat(c.statuses()).containsSubsequence("RECONSIDERATION", "DECISION", "ASSIGNMENT", "SUPPORT_RUNNING");
    c.assertProcess().isActive().hasNoIncidents();
  }

  private RouteCase readyForDecision() {
    RouteCase c = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    c.completeUserTask("gesprekPlannen", JeugdRouteTest.gesprek());
    c.completeUserTask("planVastleggen", JeugdRouteTest.plan());
    return c;
  }
}
