package nl.toegang.workflows;

import static nl.toegang.workflows.InkomensondersteuningRouteTest.bijzondereBijstand;
import static nl.toegang.workflows.InkomensondersteuningRouteTest.minima;
import static nl.toegang.workflows.SampleForms.bijstandAanvraag;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bijstand, bijzondere bijstand and minimaregelingen: a "no" reaches an Inkomen team lead before its letter. */
@ZeebeProcessTest
class ParticipatiewetReconsiderationTest {

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

  @Test
  void aBijstandRejectionStandsAfterReconsiderationAndThenGoesToApprovalAndTheLetter() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    BijstandRouteTest.untilTheDecision(c);
    c.completeUserTask("beschikkingOpstellen", rejection(Map.of("afwijzingsreden", "vermogen-te-hoog")));

    assertThat(c.userTask("afwijzingHeroverwegen").candidateGroups()).containsExactly("inkomen-teamleiders");
    assertThat(c.letterTemplates()).containsExactly("bijstand-ontvangen");
    c.completeUserTask("afwijzingHeroverwegen", stands());
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    assertThat(c.letterTemplates()).containsExactly("bijstand-ontvangen", "bijstand-beschikking");
    assertThat(c.statuses()).endsWith("RECONSIDERATION", "DECISION", "CLOSED_REJECTED");
    c.assertProcess().isCompleted().hasPassedElement("afgewezen").hasNoIncidents();
  }

  @Test
  void aBijstandRejectionLookedAtAgainIsGranted() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    BijstandRouteTest.untilTheDecision(c);
    c.completeUserTask("beschikkingOpstellen", rejection(Map.of("afwijzingsreden", "vermogen-te-hoog")));
    c.completeUserTask("afwijzingHeroverwegen", again());

    assertThat(c.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    c.completeUserTask("beschikkingOpstellen", BijstandRouteTest.toekennen());
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    assertThat((String) c.lastCall("toegang.letter").variables().get("besluitTekst")).startsWith("U krijgt bijstand");
    assertThat(c.statuses()).last().isEqualTo("CLOSED_GRANTED_INCOME");
    c.assertProcess().isCompleted().hasPassedElement("toegekend").hasNoIncidents();
  }

  @Test
  void aSpecialAssistanceRejectionStandsAndTheLetterGoesOutAfterTheTeamLead() {
    RouteCase c = route.submit("bijzondere-bijstand-aanvraag-ontvangen", "PW", bijzondereBijstand());
    c.completeUserTask("aanvraagBeoordelen", rejection(Map.of()));

    assertThat(c.openUserTaskIds()).containsExactly("afwijzingHeroverwegen");
    assertThat(c.letterTemplates()).isEmpty();
    c.completeUserTask("afwijzingHeroverwegen", stands());

    assertThat(c.letterTemplates()).containsExactly("bijzondere-bijstand-besluit");
    assertThat(c.statuses()).containsExactly("DECISION", "RECONSIDERATION", "DECISION", "CLOSED_REJECTED");
    c.assertProcess().isCompleted().hasPassedElement("afgewezen").hasNoIncidents();
  }

  @Test
  void aSpecialAssistanceRejectionLookedAtAgainIsGranted() {
    RouteCase c = route.submit("bijzondere-bijstand-aanvraag-ontvangen", "PW", bijzondereBijstand());
    c.completeUserTask("aanvraagBeoordelen", rejection(Map.of()));
    c.completeUserTask("afwijzingHeroverwegen", again());
    c.completeUserTask("aanvraagBeoordelen", Map.of("besluit", "toekennen", "toegekendBedrag", 350, "verstrekking", "om-niet",
        "motivering", "Een bed is nodig. U kunt het niet zelf betalen."));

    assertThat((String) c.lastCall("toegang.letter").variables().get("besluitTekst")).startsWith("U krijgt geld");
    assertThat(c.statuses()).last().isEqualTo("CLOSED_GRANTED_INCOME");
    c.assertProcess().isCompleted().hasPassedElement("aanvraagBeoordelen", 2).hasNoIncidents();
  }

  @Test
  void theIncomeLimitsNoIsReconsideredAndTheTeamLeadGrantsAScheme() {
    // 1400 euro for a single adult is about 130% of the social minimum: the table suggests no scheme at all.
    RouteCase c = route.submit("minima-aanvraag-ontvangen", "PW", minima("alleenstaand", 1400));
    assertThat(c.variable("regelingen")).isEqualTo(List.of());
    c.completeUserTask("regelingenBeoordelen", rejection(Map.of("regelingen", List.of())));
    assertThat(c.statuses()).containsExactly("DECISION", "RECONSIDERATION");

    c.completeUserTask("afwijzingHeroverwegen", Map.of("heroverwegingUitkomst", "toekennen",
        "heroverwegingNotitie", "Haar zorgkosten zijn hoog. Ken de collectieve zorgverzekering toe."));
    assertThat(c.activateUserTask("regelingenBeoordelen").getVariablesAsMap()).containsEntry("besluit", "toekennen");
    c.completeUserTask("regelingenBeoordelen", Map.of("regelingen", List.of("collectieve-zorgverzekering"), "besluit", "toekennen",
        "motivering", "U heeft hoge zorgkosten. Daarom krijgt u de collectieve zorgverzekering."));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("minima-besluit");
    assertThat(letter.variables()).containsEntry("regelingen", List.of("collectieve-zorgverzekering"));
    assertThat(c.statuses()).containsExactly("DECISION", "RECONSIDERATION", "DECISION", "CLOSED_GRANTED_INCOME");
    c.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void theIncomeLimitsNoStandsAfterReconsideration() {
    RouteCase c = route.submit("minima-aanvraag-ontvangen", "PW", minima("alleenstaand", 1400));
    c.completeUserTask("regelingenBeoordelen", rejection(Map.of("regelingen", List.of())));
    c.completeUserTask("afwijzingHeroverwegen", stands());

    assertThat((String) c.lastCall("toegang.letter").variables().get("besluitTekst")).isEqualTo("U krijgt geen regeling.");
    assertThat(c.statuses()).last().isEqualTo("CLOSED_REJECTED");
  }

  @Test
  void theTermWarningComesOnceAlsoWhileTheTeamLeadReconsiders() throws InterruptedException {
    RouteCase c = route.submit("minima-aanvraag-ontvangen", "PW", minima("alleenstaand", 1400));
    c.completeUserTask("regelingenBeoordelen", rejection(Map.of("regelingen", List.of())));

    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(7)), Duration.ofMinutes(1));
    // The engine fires a due timer shortly after the clock moves, not always before it reports idle.
    for (int i = 0; i < 150 && !c.openUserTaskIds().contains("beslistermijnBewaken"); i++) {
      Thread.sleep(100);
      c.runServiceTasks();
    }
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrder("afwijzingHeroverwegen", "beslistermijnBewaken");
    assertThat(c.userTask("beslistermijnBewaken").candidateGroups()).containsExactly("inkomen-teamleiders");

    c.completeUserTask("afwijzingHeroverwegen", again());
    assertThat(c.openUserTaskIds()).containsExactlyInAnyOrder("regelingenBeoordelen", "beslistermijnBewaken");
    c.assertProcess().hasPassedElement("beslistermijnBijnaVerstreken", 1).hasNoIncidents();
  }

  private static Map<String, Object> rejection(Map<String, Object> extra) {
    Map<String, Object> values = new HashMap<>(extra);
    values.put("besluit", "afwijzen");
    values.put("motivering", "Uw inkomen is hoger dan de grens.");
    values.put("heroverwegingGevraagd", true);
    values.put("heroverwegingReden", "De grens klopt, maar de kosten van deze inwoner zijn uitzonderlijk.");
    return values;
  }

  private static Map<String, Object> stands() {
    return Map.of("heroverwegingUitkomst", "handhaven", "heroverwegingNotitie", "De regel past hier. De afwijzing blijft.");
  }

  private static Map<String, Object> again() {
    return Map.of("heroverwegingUitkomst", "opnieuw", "heroverwegingNotitie", "Bekijk de nieuwe loonstrook.");
  }
}
