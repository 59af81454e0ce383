package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.verzoek;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused admission to debt counselling reaches a team lead first when asked; the decision term warns them. */
@ZeebeProcessTest
class SchuldhulpReconsiderationTest {

  private static final Map<String, Object> REFUSAL = Map.of("besluit", "niet-toelaten", "weigerReden", "eerder-afgebroken",
      "motivering", "U bent in juni gestopt met schuldhulp.", "heroverwegingGevraagd", true,
      "heroverwegingReden", "Hij stopte toen zijn moeder ziek was. Nu dreigt uitzetting.");

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.SCHULDHULP_EN_SIGNAAL);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void theRefusalStandsAfterTheTeamLeadAndOnlyThenTheLetterGoesOut() {
    RouteCase c = readyForDecision();
    c.completeUserTask("besluitOpstellen", REFUSAL);

    assertThat(c.userTask("afwijzingHeroverwegen").candidateGroups()).containsExactly("schuldhulp-teamleiders");
    assertThat(c.serviceCalls()).noneMatch(call -> call.type().equals("toegang.letter"));
    c.completeUserTask("afwijzingHeroverwegen", Map.of("heroverwegingUitkomst", "handhaven",
        "heroverwegingNotitie", "Na een half jaar kan hij opnieuw vragen; wij verwijzen naar het Juridisch Loket."));

    assertThat(c.lastCall("toegang.letter").variables()).containsEntry("weigerReden", "eerder-afgebroken");
    assertThat(c.statuses()).endsWith("DECISION", "RECONSIDERATION", "DECISION", "CLOSED_REJECTED");
    c.assertProcess().isCompleted().hasPassedElement("nietToegelaten").hasNoIncidents();
  }

  @Test
  void theTeamLeadAdmitsAndTheCaseWorkerWritesThePlan() {
    RouteCase c = readyForDecision();
    c.completeUserTask("besluitOpstellen", REFUSAL);
    c.completeUserTask("afwijzingHeroverwegen", Map.of("heroverwegingUitkomst", "toekennen",
        "heroverwegingNotitie", "Uitzetting dreigt. Laat hem toe."));

    assertThat(c.openUserTaskIds()).containsExactly("besluitOpstellen");
    assertThat(c.variable("besluit")).isEqualTo("toelaten");
    c.completeUserTask("besluitOpstellen", Map.of("besluit", "toelaten", "motivering", "U krijgt schuldhulp. Wij bellen de verhuurder."));

    assertThat((String) c.lastCall("toegang.letter").variables().get("besluitTekst")).startsWith("U krijgt schuldhulp.");
    assertThat(c.statuses()).last().isEqualTo("CLOSED_GRANTED");
    c.assertProcess().isCompleted().hasPassedElement("toegelaten").hasNoIncidents();
  }

  @Test
  void theTeamLeadIsWarnedAWeekBeforeTheDecisionTermPassesEvenDuringReconsideration() {
    RouteCase c = readyForDecision();
    Instant deadline = c.instant("besluitDeadline");
    c.completeUserTask("besluitOpstellen", REFUSAL);

    route.moveClockTo(deadline.minus(Period.ofWeeks(1)).minus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).containsExactly("afwijzingHeroverwegen");

    route.moveClock(Duration.ofHours(2));
    c.awaitUserTask("beslistermijnBewaken");
    var bewaken = c.userTask("beslistermijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("schuldhulp-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(deadline);
    c.completeUserTask("beslistermijnBewaken", Map.of("actie", "Ik beslis vandaag over de heroverweging."));
    assertThat(c.openUserTaskIds()).containsExactly("afwijzingHeroverwegen");
    c.assertProcess().isActive().hasNoIncidents();
  }

  private RouteCase readyForDecision() {
    RouteCase c = route.requestDebtHelp(verzoek(List.of()), RouteDriver.now());
    String today = LocalDate.now(RouteDriver.NL).toString();
    c.completeUserTask("gesprekPlannen", Map.of("gesprekDatum", today, "gesprekLocatie", "Gemeentehuis"));
    c.completeUserTask("gesprekVastleggen", SchuldhulpRouteTest.gesprek(today));
    assertThat(c.openUserTaskIds()).containsExactly("besluitOpstellen");
    return c;
  }
}
