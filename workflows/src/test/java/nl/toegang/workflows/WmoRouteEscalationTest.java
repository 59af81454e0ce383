package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.wmoMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class WmoRouteEscalationTest {

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
  void teamLeadIsWarnedAWeekBeforeTheInvestigationTermEndsWhileTheConversationIsStillOpen() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("vervoer")));
    Instant escalatie = Instant.parse((String) wmoCase.variable("onderzoekEscalatie"));
    Instant deadline = Instant.parse((String) wmoCase.variable("onderzoekDeadline"));
    assertThat(deadline).isEqualTo(wmoCase.meldingOntvangen.plus(Period.ofWeeks(6)));
    assertThat(escalatie).isEqualTo(deadline.minus(Period.ofWeeks(1)));

    route.moveClock(Duration.between(Instant.now(), escalatie).minusHours(1));
    assertThat(wmoCase.openUserTaskIds()).containsExactly("gesprekPlannen");

    route.moveClock(Duration.ofHours(2));
    assertThat(wmoCase.openUserTaskIds()).containsExactlyInAnyOrder("gesprekPlannen", "termijnBewaken");
    var bewaken = wmoCase.userTask("termijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("wmo-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(deadline);

    wmoCase.completeUserTask("termijnBewaken", Map.of("actie", "Consulent gebeld, gesprek staat volgende week."));
    assertThat(wmoCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    wmoCase.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void closingTheCaseAlsoEndsAnOpenEscalationTask() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("vervoer")));
    Instant escalatie = Instant.parse((String) wmoCase.variable("onderzoekEscalatie"));
    route.moveClock(Duration.between(Instant.now(), escalatie).plusHours(1));
    assertThat(wmoCase.openUserTaskIds()).contains("termijnBewaken");

    wmoCase.completeUserTask("gesprekPlannen", WmoRouteTest.gesprek());
    wmoCase.completeUserTask("verslagVastleggen", Map.of("verslag", "Regiotaxi volstaat.", "maatwerkNodig", "nee"));

    assertThat(wmoCase.statuses()).last().isEqualTo("CLOSED_ADVICE");
    assertThat(wmoCase.openUserTaskIds()).isEmpty();
    wmoCase.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void noEscalationOnceTheInvestigationIsFinished() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("vervoer")));
    wmoCase.completeUserTask("gesprekPlannen", WmoRouteTest.gesprek());
    wmoCase.completeUserTask("verslagVastleggen", Map.of("verslag", "Scootmobiel nodig.", "maatwerkNodig", "ja"));

    route.moveClock(Duration.ofDays(50));

    assertThat(wmoCase.openUserTaskIds()).isEmpty();
    wmoCase.assertProcess().isWaitingForMessages("aanvraag-ingediend").hasNotPassedElement("termijnBewaken");
  }
}
