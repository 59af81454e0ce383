package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.signaal;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class SignaalRouteEscalationTest {

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
  void theTeamLeadIsWarnedWhenTheContactTermPassesAndTheWarningEndsWithTheCase() {
    RouteCase c = route.raiseSignal(signaal("energieleverancier", "nee"), null, RouteDriver.now());
    Instant deadline = c.instant("opvolgDeadline");
    assertThat(c.userTask("contactOpnemen").dueDate()).isEqualTo(deadline);

    route.moveClockTo(deadline.minus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).containsExactly("contactOpnemen");

    route.moveClock(Duration.ofHours(2));
    c.awaitUserTask("opvolgingBewaken");
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrder("contactOpnemen", "opvolgingBewaken");
    var bewaken = c.userTask("opvolgingBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("signalen-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(deadline.plus(Duration.ofDays(1)));

    c.completeUserTask("contactOpnemen", Map.of("contactpogingen", "Drie keer gebeld, brief gestuurd.", "uitkomst", "niet-bereikt"));
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void noWarningWhenContactIsMadeInTime() {
    RouteCase c = route.raiseSignal(signaal("school", "nee"), null, RouteDriver.now());
    c.completeUserTask("contactOpnemen", Map.of("contactpogingen", "Moeder gebeld.", "uitkomst", "al-in-beeld"));

    route.moveClock(Duration.ofDays(14));

    c.assertProcess().isCompleted().hasNotPassedElement("opvolgingBewaken").hasNoIncidents();
  }
}
