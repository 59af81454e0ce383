package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.jeugdMelding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import nl.toegang.workflows.RouteDriver.ServiceCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 8-week decision term: a warning before it passes, and one extension with notice (Awb 4:14). */
@ZeebeProcessTest
class JeugdRouteTermTest {

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

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

  @Test
  void theTeamLeadIsWarnedAWeekBeforeTheDecisionTermEnds() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    Instant deadline = deadline(jeugdCase);
    assertThat(deadline).isEqualTo(jeugdCase.meldingOntvangen.plus(Period.ofWeeks(8)));

    untilJustBefore(jeugdCase, deadline.minus(Period.ofWeeks(1)));
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("gesprekPlannen");

    route.moveClock(Duration.ofHours(2));
    assertThat(jeugdCase.openUserTaskIds()).containsExactlyInAnyOrder("gesprekPlannen", "termijnBewaken");
    var bewaken = jeugdCase.userTask("termijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("jeugd-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(deadline);

    jeugdCase.completeUserTask("termijnBewaken", Map.of("actie", "Consulent gebeld. Het besluit komt op tijd.", "verdagen", "nee"));

    assertThat(jeugdCase.serviceCalls()).noneMatch(c -> c.type().equals("toegang.letter"));
    assertThat(deadline(jeugdCase)).isEqualTo(deadline);
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    jeugdCase.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void theDecisionCanBeExtendedOnceWithALetterThatMovesTheDeadlineForTheTasksThatFollow() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    Instant deadline = deadline(jeugdCase);
    untilJustBefore(jeugdCase, deadline.minus(Period.ofWeeks(1)).plus(Duration.ofHours(2)));
    LocalDate nieuweDatum = LocalDate.ofInstant(deadline, DUTCH_TIME).plusWeeks(4);

    jeugdCase.completeUserTask("termijnBewaken", extend(nieuweDatum, "Wij wachten op het advies van de school."));

    ServiceCall letter = jeugdCase.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("verdaging-jeugd");
    assertThat(letter.header("details")).isEqualTo("nieuweBeschikkingDatum");
    assertThat(letter.variables()).containsEntry("verdagingReden", "Wij wachten op het advies van de school.")
        .containsEntry("nieuweBeschikkingDatum", nieuweDatum.toString());
    Instant nieuweDeadline = nieuweDatum.atTime(23, 59, 59).atZone(DUTCH_TIME).toInstant();
    assertThat(deadline(jeugdCase)).isEqualTo(nieuweDeadline);
    assertThat(jeugdCase.variable("verdaagd")).isEqualTo(true);

    jeugdCase.completeUserTask("gesprekPlannen", JeugdRouteTest.gesprek());
    assertThat(jeugdCase.userTask("planVastleggen").dueDate()).isEqualTo(nieuweDeadline);
    jeugdCase.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void aSecondExtensionIsImpossibleTheWarningBeforeTheNewDateOffersNone() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    Instant deadline = deadline(jeugdCase);
    untilJustBefore(jeugdCase, deadline.minus(Period.ofWeeks(1)).plus(Duration.ofHours(2)));
    LocalDate nieuweDatum = LocalDate.ofInstant(deadline, DUTCH_TIME).plusWeeks(4);
    jeugdCase.completeUserTask("termijnBewaken", extend(nieuweDatum, "Wij wachten op het advies van de school."));
    Instant nieuweDeadline = deadline(jeugdCase);

    untilJustBefore(jeugdCase, nieuweDeadline.minus(Period.ofWeeks(1)));
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    route.moveClock(Duration.ofHours(2));
    assertThat(jeugdCase.openUserTaskIds()).containsExactlyInAnyOrder("gesprekPlannen", "termijnBewakenNaVerdaging");
    var bewaken = jeugdCase.userTask("termijnBewakenNaVerdaging");
    assertThat(bewaken.candidateGroups()).containsExactly("jeugd-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(nieuweDeadline);
    // The form of this task has no choice to extend, so the platform drops such answers; the model ignores them too.
    JsonNode form = WorkflowFiles.form("jeugd-termijn-na-verdaging");
    assertThat(JeugdDecisionsTest.findField(form, "verdagen")).isNull();
    assertThat(JeugdDecisionsTest.findField(form, "nieuweBeschikkingDatum")).isNull();

    jeugdCase.completeUserTask("termijnBewakenNaVerdaging",
        Map.of("actie", "Nog een keer uitstellen?", "verdagen", "ja", "nieuweBeschikkingDatum", nieuweDatum.plusWeeks(4).toString(),
            "verdagingReden", "Nog steeds geen advies."));

    assertThat(jeugdCase.serviceCalls()).filteredOn(c -> "verdaging-jeugd".equals(c.header("template"))).hasSize(1);
    assertThat(deadline(jeugdCase)).isEqualTo(nieuweDeadline);
    route.moveClock(Duration.ofDays(60));
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    jeugdCase.assertProcess().isActive().hasPassedElement("termijnBewaken", 1).hasNoIncidents();
  }

  @Test
  void noWarningOnceTheDecisionHasBeenSent() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    jeugdCase.completeUserTask("gesprekPlannen", JeugdRouteTest.gesprek());
    jeugdCase.completeUserTask("planVastleggen", JeugdRouteTest.plan());
    jeugdCase.completeUserTask("beschikkingOpstellen", JeugdRouteTest.beschikking("toekennen", "dagbehandeling"));
    jeugdCase.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("aanbiederToewijzen");

    route.moveClock(Duration.ofDays(60));

    assertThat(jeugdCase.openUserTaskIds()).containsExactly("aanbiederToewijzen");
    jeugdCase.assertProcess().isActive().hasNotPassedElement("termijnBewaken").hasPassedElement("geenWaarschuwingNodig").hasNoIncidents();
  }

  @Test
  void closingTheCaseAlsoEndsAnOpenWarning() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    untilJustBefore(jeugdCase, deadline(jeugdCase).minus(Period.ofWeeks(1)).plus(Duration.ofHours(2)));
    assertThat(jeugdCase.openUserTaskIds()).contains("termijnBewaken");

    jeugdCase.completeUserTask("gesprekPlannen", JeugdRouteTest.gesprek());
    jeugdCase.completeUserTask("planVastleggen", Map.of("verslag", "Het gaat beter.", "doelen", "Geen hulp nodig.",
        "gezinAkkoord", "ja", "jeugdhulpNodig", "nee"));

    assertThat(jeugdCase.statuses()).last().isEqualTo("CLOSED_ADVICE");
    assertThat(jeugdCase.openUserTaskIds()).isEmpty();
    jeugdCase.assertProcess().isCompleted().hasNoIncidents();
  }

  private static Map<String, Object> extend(LocalDate nieuweDatum, String reden) {
    return Map.of("actie", "Besluit uitgesteld.", "verdagen", "ja", "verdagingReden", reden,
        "nieuweBeschikkingDatum", nieuweDatum.toString());
  }

  private static Instant deadline(RouteCase jeugdCase) {
    return Instant.parse((String) jeugdCase.variable("beschikkingDeadline"));
  }

  /** Moves the engine clock to an hour before the given moment. */
  private void untilJustBefore(RouteCase jeugdCase, Instant moment) {
    route.moveClock(Duration.between(route.engineNow(), moment).minusHours(1));
    jeugdCase.runServiceTasks();
  }
}
