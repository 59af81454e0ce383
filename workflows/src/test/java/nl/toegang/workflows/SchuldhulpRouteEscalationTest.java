package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.verzoek;
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
class SchuldhulpRouteEscalationTest {

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
  void teamLeadIsWarnedAWeekBeforeTheFourWeekTermWhileTheConversationIsNotRecorded() {
    RouteCase c = route.requestDebtHelp(verzoek(List.of()), RouteDriver.now());
    Instant deadline = c.instant("gesprekDeadline");
    assertThat(deadline).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(4)));

    route.moveClockTo(deadline.minus(Period.ofWeeks(1)).minus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).containsExactly("gesprekPlannen");

    route.moveClock(Duration.ofHours(2));
    c.awaitUserTask("termijnBewaken");
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrder("gesprekPlannen", "termijnBewaken");
    var bewaken = c.userTask("termijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("schuldhulp-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(deadline);

    c.completeUserTask("termijnBewaken", Map.of("actie", "Consulent gebeld; gesprek staat op vrijdag."));
    assertThat(c.openUserTaskIds()).containsExactly("gesprekPlannen");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void withAThreatTheTeamLeadIsWarnedADayBeforeTheThreeWorkingDaysEnd() {
    RouteCase c = route.requestDebtHelp(verzoek(List.of("zorgverzekering")), RouteDriver.now());
    Instant deadline = c.instant("gesprekDeadline");

    route.moveClockTo(deadline.minus(Duration.ofDays(1)).minus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).containsExactly("spoedGesprekPlannen");

    route.moveClock(Duration.ofHours(2));
    c.awaitUserTask("termijnBewaken");
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrder("spoedGesprekPlannen", "termijnBewaken");
    assertThat(c.userTask("termijnBewaken").candidateGroups()).containsExactly("schuldhulp-teamleiders");
  }

  @Test
  void anOpenWarningEndsWithTheCaseAndNoWarningComesOnceTheConversationIsRecorded() {
    RouteCase late = route.requestDebtHelp(verzoek(List.of()), RouteDriver.now());
    route.moveClockTo(late.instant("gesprekDeadline").minus(Duration.ofDays(6)));
    late.awaitUserTask("termijnBewaken");
    assertThat(late.openUserTaskIds()).contains("termijnBewaken");

    late.completeUserTask("gesprekPlannen", Map.of("gesprekDatum", "2026-12-20", "gesprekLocatie", "Gemeentehuis"));
    late.completeUserTask("gesprekVastleggen", SchuldhulpRouteTest.gesprek("2026-12-20"));
    assertThat(late.openUserTaskIds()).containsExactlyInAnyOrder("termijnBewaken", "besluitOpstellen");
    late.completeUserTask("besluitOpstellen", Map.of("besluit", "niet-toelaten", "weigerReden", "andere-hulp", "motivering", "Budgetcursus past beter."));
    assertThat(late.openUserTaskIds()).isEmpty();
    late.assertProcess().isCompleted().hasNoIncidents();

    RouteCase onTime = route.requestDebtHelp(verzoek(List.of()), route.engineNow().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    onTime.completeUserTask("gesprekPlannen", Map.of("gesprekDatum", "2026-12-30", "gesprekLocatie", "Gemeentehuis"));
    onTime.completeUserTask("gesprekVastleggen", SchuldhulpRouteTest.gesprek("2026-12-30"));
    route.moveClock(Duration.ofDays(30));
    assertThat(onTime.openUserTaskIds()).containsExactly("besluitOpstellen");
    onTime.assertProcess().hasNotPassedElement("termijnBewaken");
  }
}
