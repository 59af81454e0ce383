package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.wmoMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ZeebeProcessTest
class WmoRouteWithdrawalTest {

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

  /** Moments at which a resident may change their mind. */
  enum Moment {
    WHILE_URGENCY_IS_ASSESSED("ja", c -> {}),
    BEFORE_THE_CONVERSATION("nee", c -> {}),
    AFTER_THE_CONVERSATION_WAS_PLANNED("nee", c -> c.completeUserTask("gesprekPlannen", WmoRouteTest.gesprek())),
    WHILE_WAITING_FOR_THE_APPLICATION("nee", Moment::untilApplicationIsPossible),
    WHILE_THE_DECISION_IS_DRAFTED("nee", c -> {
      untilApplicationIsPossible(c);
      c.publish("aanvraag-ingediend", WmoRouteTest.aanvraag(Instant.now()));
    }),
    WHILE_THE_DECISION_AWAITS_APPROVAL("nee", c -> {
      untilApplicationIsPossible(c);
      c.publish("aanvraag-ingediend", WmoRouteTest.aanvraag(Instant.now()));
      c.completeUserTask("beschikkingOpstellen", WmoRouteTest.beschikking("toekennen", "begeleiding"));
    });

    final String spoed;
    final Consumer<RouteCase> reach;

    Moment(String spoed, Consumer<RouteCase> reach) {
      this.spoed = spoed;
      this.reach = reach;
    }

    private static void untilApplicationIsPossible(RouteCase c) {
      c.completeUserTask("gesprekPlannen", WmoRouteTest.gesprek());
      c.completeUserTask("verslagVastleggen", Map.of("verslag", "Begeleiding nodig bij post en geld.", "maatwerkNodig", "ja"));
    }
  }

  @ParameterizedTest
  @EnumSource(Moment.class)
  void withdrawalEndsTheCaseAndCancelsOpenTasks(Moment moment) {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding(moment.spoed, List.of("begeleiding")));
    moment.reach.accept(wmoCase);
    int callsBefore = wmoCase.serviceCalls().size();

    wmoCase.publish("aanvraag-ingetrokken", Map.of());

    assertThat(wmoCase.serviceCalls().subList(callsBefore, wmoCase.serviceCalls().size()))
        .extracting(RouteDriver.ServiceCall::type)
        .containsExactly("toegang.withdraw-case");
    assertThat(wmoCase.openUserTaskIds()).isEmpty();
    wmoCase.assertProcess().isCompleted().hasPassedElement("ingetrokken").hasNoIncidents();
  }
}
