package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.bijstandAanvraag;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Participatiewet art. 52: an advance when there is no decision four weeks after the aanvraag, and again every four weeks. */
@ZeebeProcessTest
class BijstandRouteAdvanceTest {

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

  static Map<String, Object> voorschot() {
    return Map.of("voorschotVerleend", "ja", "voorschotBedrag", 970.83, "voorschotDatum", "2026-12-30");
  }

  @Test
  void withoutADecisionAfterFourWeeksAConsultantGrantsAnAdvanceWhileTheCaseGoesOn() {
    RouteCase c = route.bijstand(bijstandAanvraag());

    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(4)), Duration.ofHours(-1));
    assertThat(c.openUserTaskIds()).containsExactly("stukkenOntvangen");

    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(4)), Duration.ofMinutes(1));
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrder("stukkenOntvangen", "voorschotVerlenen");
    var task = c.userTask("voorschotVerlenen");
    assertThat(task.candidateGroups()).containsExactly("inkomen-consulenten");
    assertThat(task.dueDate()).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(4)));

    c.completeUserTask("voorschotVerlenen", voorschot());

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("voorschot");
    assertThat(letter.header("details")).isEqualTo("voorschotBedrag,voorschotDatum");
    assertThat(letter.variables()).containsEntry("voorschotBedrag", 970.83).containsEntry("voorschotDatum", "2026-12-30");
    assertThat(c.lastCall("toegang.notify-resident").header("message")).isEqualTo("voorschot-verleend");
    // The advance interrupts nothing: the documents are still awaited, the status stays.
    assertThat(c.openUserTaskIds()).containsExactly("stukkenOntvangen");
    assertThat(c.statuses()).containsExactly("AWAITING_DOCUMENTS");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void theAdvanceComesBackEveryFourWeeksUntilTheDecisionAndEndsWithIt() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(4)), Duration.ofMinutes(1));
    c.completeUserTask("voorschotVerlenen", voorschot());

    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(8)), Duration.ofHours(-1));
    assertThat(c.openUserTaskIds()).doesNotContain("voorschotVerlenen");
    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(8)), Duration.ofMinutes(1));
    assertThat(c.userTask("voorschotVerlenen").dueDate()).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(8)));

    BijstandRouteTest.untilTheDecision(c);
    c.completeUserTask("beschikkingOpstellen", BijstandRouteTest.toekennen());
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    assertThat(c.statuses()).last().isEqualTo("CLOSED_GRANTED_INCOME");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(13)), Duration.ZERO);
    assertThat(c.letterTemplates()).containsExactly("bijstand-ontvangen", "voorschot", "bijstand-beschikking");
    c.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void anAdvanceRefusedForAReasonTheLawNamesGetsItsOwnLetter() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(4)), Duration.ofMinutes(1));

    c.completeUserTask("voorschotVerlenen", Map.of("voorschotVerleend", "nee", "geenVoorschotReden", "gegevens-verwijtbaar",
        "voorschotToelichting", "Bankafschriften na twee herinneringen niet gegeven."));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("geen-voorschot");
    assertThat(letter.header("details")).isEqualTo("geenVoorschotReden");
    assertThat(letter.variables()).containsEntry("geenVoorschotReden", "gegevens-verwijtbaar");
    assertThat(c.serviceCalls()).noneMatch(call -> "voorschot-verleend".equals(call.header("message")));
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void theTeamLeadIsWarnedAWeekBeforeTheEightWeeksPass() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    assertThat(c.instant("beslisEscalatie")).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(7)));

    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(7)), Duration.ofHours(-1));
    assertThat(c.openUserTaskIds()).doesNotContain("beslistermijnBewaken");
    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(7)), Duration.ofMinutes(1));

    var bewaken = c.userTask("beslistermijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("inkomen-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(8)));
    c.completeUserTask("beslistermijnBewaken", Map.of("actie", "Termijn verlengd met 4 weken, inwoner gebeld."));
    assertThat(c.openUserTaskIds()).contains("stukkenOntvangen").doesNotContain("beslistermijnBewaken");
    c.assertProcess().isActive().hasNoIncidents();
  }
}
