package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.verzoek;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ZeebeProcessTest
class SchuldhulpRouteWithdrawalTest {

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

  /** Moments at which a resident may change their mind. */
  enum Moment {
    WHILE_THE_URGENT_CONVERSATION_IS_PLANNED(List.of("huisuitzetting"), c -> {}),
    BEFORE_THE_CONVERSATION(List.of(), c -> {}),
    AFTER_THE_CONVERSATION_WAS_PLANNED(List.of(), c -> c.completeUserTask("gesprekPlannen",
        Map.of("gesprekDatum", "2026-12-10", "gesprekLocatie", "Gemeentehuis"))),
    WHILE_THE_DECISION_IS_MADE(List.of(), Moment::untilDecision);

    final List<String> dreiging;
    final Consumer<RouteCase> reach;

    Moment(List<String> dreiging, Consumer<RouteCase> reach) {
      this.dreiging = dreiging;
      this.reach = reach;
    }

    private static void untilDecision(RouteCase c) {
      c.completeUserTask("gesprekPlannen", Map.of("gesprekDatum", "2026-12-10", "gesprekLocatie", "Gemeentehuis"));
      c.completeUserTask("gesprekVastleggen", SchuldhulpRouteTest.gesprek("2026-12-10"));
    }
  }

  @ParameterizedTest
  @EnumSource(Moment.class)
  void withdrawalEndsTheCaseAndCancelsOpenTasks(Moment moment) {
    RouteCase c = route.requestDebtHelp(verzoek(moment.dreiging), RouteDriver.now());
    moment.reach.accept(c);
    int callsBefore = c.serviceCalls().size();

    c.publish("aanvraag-ingetrokken", Map.of());

    assertThat(c.serviceCalls().subList(callsBefore, c.serviceCalls().size()))
        .extracting(RouteDriver.ServiceCall::type)
        .containsExactly("toegang.withdraw-case");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isCompleted().hasPassedElement("ingetrokken").hasNoIncidents();
  }
}
