package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.bijstandAanvraag;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.function.Consumer;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ZeebeProcessTest
class BijstandRouteWithdrawalTest {

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.PARTICIPATIEWET);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  /** Moments at which a resident may change their mind. */
  enum Moment {
    WHILE_THE_DOCUMENTS_ARE_AWAITED(c -> {}),
    WHILE_THE_ADVANCE_IS_OPEN(c -> c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(4)), Duration.ofMinutes(1))),
    BEFORE_THE_CONVERSATION(c -> c.completeUserTask("stukkenOntvangen", BijstandRouteTest.stukken("ja", java.util.List.of("bankafschriften")))),
    WHILE_THE_DECISION_AWAITS_APPROVAL(c -> {
      BijstandRouteTest.untilTheDecision(c);
      c.completeUserTask("beschikkingOpstellen", BijstandRouteTest.toekennen());
    });

    final Consumer<RouteCase> reach;

    Moment(Consumer<RouteCase> reach) {
      this.reach = reach;
    }
  }

  @ParameterizedTest
  @EnumSource(Moment.class)
  void withdrawalEndsTheCaseAndCancelsOpenTasksAndTimers(Moment moment) {
    RouteCase c = route.bijstand(bijstandAanvraag());
    moment.reach.accept(c);
    int callsBefore = c.serviceCalls().size();

    c.publish("aanvraag-ingetrokken", Map.of());

    assertThat(c.serviceCalls().subList(callsBefore, c.serviceCalls().size()))
        .extracting(RouteDriver.ServiceCall::type)
        .containsExactly("toegang.withdraw-case");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(9)), Duration.ZERO);
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isCompleted().hasPassedElement("ingetrokken").hasNoIncidents();
  }
}
