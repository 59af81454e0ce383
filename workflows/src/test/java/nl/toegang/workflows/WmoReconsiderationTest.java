package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.wmoMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rejection waits for the team lead when the case worker asks; the decision term warns the team lead. */
@ZeebeProcessTest
class WmoReconsiderationTest {

  static final String REASON = "Mevrouw valt net buiten de regel, maar zonder hulp gaat het thuis mis.";

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.WMO);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void aRejectionTheTeamLeadLetsStandIsSentOnlyAfterTheReconsideration() {
    RouteCase c = readyForDecision();
    c.completeUserTask("beschikkingOpstellen", rejectionWithReconsideration());

    var lead = c.userTask("afwijzingHeroverwegen");
    assertThat(lead.candidateGroups()).containsExactly("wmo-teamleiders");
    assertThat(lead.dueDate()).isEqualTo(Instant.parse((String) c.variable("beschikkingDeadline")));
    assertThat(c.activateUserTask("afwijzingHeroverwegen").getVariablesAsMap())
        .containsEntry("heroverwegingReden", REASON).containsEntry("motivering", "U kunt de regiotaxi gebruiken.");
    assertThat(c.openUserTaskIds()).containsExactly("afwijzingHeroverwegen");
    assertThat(c.serviceCalls()).noneMatch(call -> "beschikking".equals(call.header("template")));
    assertThat(c.statuses()).endsWith("DECISION", "RECONSIDERATION");

    c.completeUserTask("afwijzingHeroverwegen", Map.of("heroverwegingUitkomst", "handhaven",
        "heroverwegingNotitie", "De regiotaxi past. De afwijzing blijft."));
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("beschikking");
    assertThat((String) letter.variables().get("besluitTekst")).contains("niet");
    assertThat(letter.header("details")).doesNotContain("heroverweging");
    assertThat(c.statuses()).endsWith("RECONSIDERATION", "DECISION", "CLOSED_REJECTED");
    c.assertProcess().isCompleted().hasPassedElement("afwijzingHeroverwegen").hasPassedElement("afgewezen").hasNoIncidents();
  }

  @Test
  void aRejectionTheTeamLeadSendsBackIsDecidedAgainWithTheNoteAndGranted() {
    RouteCase c = readyForDecision();
    c.completeUserTask("beschikkingOpstellen", rejectionWithReconsideration());
    c.completeUserTask("afwijzingHeroverwegen", Map.of("heroverwegingUitkomst", "opnieuw",
        "heroverwegingNotitie", "Lees de brief van de huisarts nog eens."));

    assertThat(c.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    assertThat(c.activateUserTask("beschikkingOpstellen").getVariablesAsMap())
        .containsEntry("heroverwegingNotitie", "Lees de brief van de huisarts nog eens.").containsEntry("besluit", "afwijzen");
    c.completeUserTask("beschikkingOpstellen", WmoRouteTest.beschikking("toekennen", "huishoudelijke-hulp"));
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));
    @SuppressWarnings("unchecked")
    var aanbieders = (List<Map<String, String>>) c.variable("aanbieders");
    c.completeUserTask("aanbiederToewijzen", Map.of("aanbieder", aanbieders.getFirst().get("value")));

    assertThat((String) c.serviceCalls().stream().filter(call -> "beschikking".equals(call.header("template")))
        .findFirst().orElseThrow().variables().get("besluitTekst")).doesNotContain("niet");
    assertThat(c.statuses()).containsSubsequence("RECONSIDERATION", "DECISION", "ASSIGNMENT", "CLOSED_GRANTED");
    c.assertProcess().isCompleted().hasPassedElement("beschikkingOpstellen", 2).hasPassedElement("toegekend").hasNoIncidents();
  }

  @Test
  void withoutTheRequestTheRejectionGoesStraightToApproval() {
    RouteCase c = readyForDecision();
    Map<String, Object> rejection = new HashMap<>(rejectionWithReconsideration());
    rejection.put("heroverwegingGevraagd", false);
    c.completeUserTask("beschikkingOpstellen", rejection);

    assertThat(c.openUserTaskIds()).containsExactly("beschikkingGoedkeuren");
    assertThat(c.statuses()).doesNotContain("RECONSIDERATION");
  }

  @Test
  void theTeamLeadIsWarnedAWeekBeforeTheDecisionTermPassesWithoutADecision() throws InterruptedException {
    RouteCase c = readyForDecision();
    Instant deadline = Instant.parse((String) c.variable("beschikkingDeadline"));
    assertThat(deadline).isEqualTo(RouteDriver.endOfDay(
        Instant.parse((String) c.variable("aanvraagDatum")).atZone(RouteDriver.NL).toLocalDate().plus(Period.ofWeeks(2))));

    route.moveClock(Duration.between(Instant.now(), deadline.minus(Period.ofWeeks(1))).minusHours(1));
    assertThat(c.openUserTaskIds()).containsExactly("beschikkingOpstellen");

    route.moveClock(Duration.ofHours(2));
    awaitUserTask(c, "beslistermijnBewaken");
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrder("beschikkingOpstellen", "beslistermijnBewaken");
    var bewaken = c.userTask("beslistermijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("wmo-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(deadline);

    c.completeUserTask("beslistermijnBewaken", Map.of("actie", "Consulent gevraagd het besluit deze week te sturen."));
    assertThat(c.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void noWarningWhenTheDecisionLetterWasSentBeforeTheTerm() {
    RouteCase c = readyForDecision();
    c.completeUserTask("beschikkingOpstellen", WmoRouteTest.beschikking("toekennen", "huishoudelijke-hulp"));
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    route.moveClock(Duration.ofDays(15));

    assertThat(c.openUserTaskIds()).containsExactly("aanbiederToewijzen");
    c.assertProcess().hasPassedElement("geenBeslistermijnWaarschuwing").hasNotPassedElement("beslistermijnBewaken");
  }

  /** The engine fires a due timer shortly after the clock moves, not always before it reports idle. */
  private static void awaitUserTask(RouteCase c, String elementId) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(15);
    while (!c.openUserTaskIds().contains(elementId) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(100);
      c.runServiceTasks();
    }
  }

  private RouteCase readyForDecision() {
    RouteCase c = route.reportWmoMelding(wmoMelding("nee", List.of("vervoer")));
    c.completeUserTask("gesprekPlannen", WmoRouteTest.gesprek());
    c.completeUserTask("verslagVastleggen", Map.of("verslag", "Mevrouw kan niet meer met de bus.", "maatwerkNodig", "ja"));
    c.publish("aanvraag-ingediend", WmoRouteTest.aanvraag(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    assertThat(c.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    return c;
  }

  private static Map<String, Object> rejectionWithReconsideration() {
    return Map.of("besluit", "afwijzen", "product", "vervoer", "motivering", "U kunt de regiotaxi gebruiken.",
        "heroverwegingGevraagd", true, "heroverwegingReden", REASON);
  }
}
