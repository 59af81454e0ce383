package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.jeugdMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ZeebeProcessTest
class JeugdRouteWithdrawalTest {

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

  /** Moments at which a family, a young person or a referrer may withdraw. */
  enum Moment {
    WHILE_URGENCY_IS_ASSESSED(r -> r.reportJeugdMelding(jeugdMelding("ouder", "ja", "onveilig"))),
    WHILE_THE_REFERRAL_IS_CHECKED(r -> r.receiveReferral(SampleForms.verwijzing("jeugd-ggz", "nee"), SampleForms.huisarts())),
    BEFORE_THE_CONVERSATION(r -> r.reportJeugdMelding(jeugdMelding("zelf", "nee", "veilig"))),
    WHILE_THE_DECISION_IS_DRAFTED(r -> {
      RouteCase c = r.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
      c.completeUserTask("gesprekPlannen", JeugdRouteTest.gesprek());
      c.completeUserTask("planVastleggen", JeugdRouteTest.plan());
      return c;
    }),
    WHILE_THE_TEAM_LEAD_IS_WARNED(r -> {
      RouteCase c = r.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
      r.moveClock(Duration.ofDays(50));
      return c;
    });

    final Function<RouteDriver, RouteCase> reach;

    Moment(Function<RouteDriver, RouteCase> reach) {
      this.reach = reach;
    }
  }

  @ParameterizedTest
  @EnumSource(Moment.class)
  void withdrawalEndsTheCaseAndCancelsOpenTasks(Moment moment) {
    RouteCase jeugdCase = moment.reach.apply(route);
    jeugdCase.runServiceTasks();
    assertThat(jeugdCase.openUserTaskIds()).isNotEmpty();
    int callsBefore = jeugdCase.serviceCalls().size();

    jeugdCase.publish("aanvraag-ingetrokken", Map.of());

    assertThat(jeugdCase.serviceCalls().subList(callsBefore, jeugdCase.serviceCalls().size()))
        .extracting(RouteDriver.ServiceCall::type)
        .containsExactly("toegang.withdraw-case");
    assertThat(jeugdCase.openUserTaskIds()).isEmpty();
    jeugdCase.assertProcess().isCompleted().hasPassedElement("ingetrokken").hasNoIncidents();
  }
}
