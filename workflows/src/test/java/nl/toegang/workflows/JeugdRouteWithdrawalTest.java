package nl.toegang.workflows;

import static nl.toegang.workflows.JeugdRouteDriver.melding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import nl.toegang.workflows.JeugdRouteDriver.JeugdCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ZeebeProcessTest
class JeugdRouteWithdrawalTest {

  private ZeebeTestEngine engine;
  private JeugdRouteDriver route;

  @BeforeEach
  void deploy() {
    route = new JeugdRouteDriver(engine);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  /** Moments at which a family, a young person or a referrer may withdraw. */
  enum Moment {
    WHILE_URGENCY_IS_ASSESSED(r -> r.reportMelding(melding("ouder", "ja", "onveilig"))),
    WHILE_THE_REFERRAL_IS_CHECKED(r -> r.receiveReferral(JeugdRouteDriver.verwijzing("jeugd-ggz", "nee"), JeugdRouteDriver.huisarts())),
    BEFORE_THE_CONVERSATION(r -> r.reportMelding(melding("zelf", "nee", "veilig"))),
    WHILE_THE_DECISION_IS_DRAFTED(r -> {
      JeugdCase c = r.reportMelding(melding("ouder", "nee", "veilig"));
      c.completeUserTask("gesprekPlannen", JeugdRouteTest.gesprek());
      c.completeUserTask("planVastleggen", JeugdRouteTest.plan());
      return c;
    }),
    WHILE_THE_TEAM_LEAD_IS_WARNED(r -> {
      JeugdCase c = r.reportMelding(melding("ouder", "nee", "veilig"));
      r.moveClock(Duration.ofDays(50));
      return c;
    });

    final Function<JeugdRouteDriver, JeugdCase> reach;

    Moment(Function<JeugdRouteDriver, JeugdCase> reach) {
      this.reach = reach;
    }
  }

  @ParameterizedTest
  @EnumSource(Moment.class)
  void withdrawalEndsTheCaseAndCancelsOpenTasks(Moment moment) {
    JeugdCase jeugdCase = moment.reach.apply(route);
    jeugdCase.runServiceTasks();
    assertThat(jeugdCase.openUserTaskIds()).isNotEmpty();
    int callsBefore = jeugdCase.serviceCalls().size();

    jeugdCase.publish("aanvraag-ingetrokken", Map.of());

    assertThat(jeugdCase.serviceCalls().subList(callsBefore, jeugdCase.serviceCalls().size()))
        .extracting(WmoRouteDriver.ServiceCall::type)
        .containsExactly("toegang.withdraw-case");
    assertThat(jeugdCase.openUserTaskIds()).isEmpty();
    jeugdCase.assertProcess().isCompleted().hasPassedElement("ingetrokken").hasNoIncidents();
  }
}
