package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bijzondere bijstand and the municipality's minimaregelingen: assess, decide with a letter, close. */
@ZeebeProcessTest
class InkomensondersteuningRouteTest {

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

  static Map<String, Object> bijzondereBijstand() {
    Map<String, Object> aanvraag = SampleForms.person();
    aanvraag.put("huishouden", "alleenstaand");
    aanvraag.put("inkomenPerMaand", 1100);
    aanvraag.put("kostenWat", "Een nieuw bed");
    aanvraag.put("kostenBedrag", 350);
    aanvraag.put("kostenWaarom", "Mijn bed is kapot en ik heb rugklachten.");
    aanvraag.put("kostenGemaakt", "nee");
    return aanvraag;
  }

  static Map<String, Object> minima(String huishouden, Object inkomen) {
    Map<String, Object> aanvraag = SampleForms.person();
    aanvraag.put("huishouden", huishouden);
    aanvraag.put("pensioenleeftijd", "nee");
    aanvraag.put("inkomenPerMaand", inkomen);
    return aanvraag;
  }

  private RouteCase bijzondere(Map<String, Object> aanvraag) {
    return route.submit("bijzondere-bijstand-aanvraag-ontvangen", "PW", aanvraag);
  }

  private RouteCase minimaAanvraag(Map<String, Object> aanvraag) {
    return route.submit("minima-aanvraag-ontvangen", "PW", aanvraag);
  }

  @Test
  void grantedSpecialAssistanceNamesTheAmountInTheLetterAndClosesAsGranted() {
    RouteCase c = bijzondere(bijzondereBijstand());

    assertThat(c.statuses()).containsExactly("DECISION");
    var task = c.userTask("aanvraagBeoordelen");
    assertThat(task.candidateGroups()).containsExactly("inkomen-consulenten");
    assertThat(task.dueDate()).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(8)));

    c.completeUserTask("aanvraagBeoordelen", Map.of("besluit", "toekennen", "toegekendBedrag", 350, "verstrekking", "om-niet",
        "motivering", "Een bed is nodig. U kunt het niet zelf betalen."));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("bijzondere-bijstand-besluit");
    assertThat(letter.header("details")).isEqualTo("toegekendBedrag,verstrekking");
    assertThat(letter.variables()).containsEntry("toegekendBedrag", 350).containsEntry("verstrekking", "om-niet");
    assertThat((String) letter.variables().get("besluitTekst")).startsWith("U krijgt geld");
    assertThat(c.lastCall("toegang.notify-resident").header("message")).isEqualTo("besluit-genomen");
    assertThat(c.statuses()).containsExactly("DECISION", "CLOSED_GRANTED_INCOME");
    c.assertProcess().isCompleted().hasPassedElement("toegekend").hasNoIncidents();
  }

  @Test
  void rejectedSpecialAssistanceClosesAsRejected() {
    RouteCase c = bijzondere(bijzondereBijstand());
    c.completeUserTask("aanvraagBeoordelen", Map.of("besluit", "afwijzen", "motivering", "Een bed kunt u lenen bij de kringloop."));

    assertThat((String) c.lastCall("toegang.letter").variables().get("besluitTekstEn")).isEqualTo("You will not receive money for the costs.");
    assertThat(c.statuses()).containsExactly("DECISION", "CLOSED_REJECTED");
    c.assertProcess().isCompleted().hasPassedElement("afgewezen").hasNoIncidents();
  }

  @Test
  void theTeamLeadIsWarnedAWeekBeforeTheTermOfASpecialAssistanceRequestPasses() {
    RouteCase c = bijzondere(bijzondereBijstand());
    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(7)), Duration.ofHours(-1));
    assertThat(c.openUserTaskIds()).containsExactly("aanvraagBeoordelen");

    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(7)), Duration.ofMinutes(1));
    var bewaken = c.userTask("beslistermijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("inkomen-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(8)));
    assertThat(c.openUserTaskIds()).contains("aanvraagBeoordelen");
  }

  @Test
  void theMinimaTaskComesWithTheSchemesTheTableSuggestsAndTheLetterNamesThoseGranted() {
    // 1200 euro for a single adult is about 111% of the social minimum: above the income supplement's limit, below 120%.
    RouteCase c = minimaAanvraag(minima("alleenstaand", 1200));

    assertThat(c.variable("regelingen")).isEqualTo(List.of("meedoenregeling", "collectieve-zorgverzekering"));
    var task = c.userTask("regelingenBeoordelen");
    assertThat(task.candidateGroups()).containsExactly("inkomen-consulenten");
    assertThat(c.activateUserTask("regelingenBeoordelen").getVariablesAsMap())
        .containsEntry("regelingen", List.of("meedoenregeling", "collectieve-zorgverzekering"));

    c.completeUserTask("regelingenBeoordelen", Map.of("regelingen", List.of("meedoenregeling"), "besluit", "toekennen",
        "motivering", "Uw inkomen is lager dan 120% van het sociaal minimum."));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("minima-besluit");
    assertThat(letter.header("details")).isEqualTo("regelingen");
    assertThat(letter.variables()).containsEntry("regelingen", List.of("meedoenregeling"));
    assertThat(c.statuses()).containsExactly("DECISION", "CLOSED_GRANTED_INCOME");
    c.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void aMinimaRequestWithOnlyFrontDoorAnswersGetsNoSuggestionButStillATask() {
    RouteCase c = minimaAanvraag(SampleForms.frontDoorOnly());

    assertThat(c.variable("regelingen")).isEqualTo(List.of());
    assertThat(c.openUserTaskIds()).containsExactly("regelingenBeoordelen");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void withdrawalEndsBothRoutesAndCancelsTheirTasks() {
    for (RouteCase c : List.of(bijzondere(bijzondereBijstand()), minimaAanvraag(minima("samen-kinderen", 2000)))) {
      c.publish("aanvraag-ingetrokken", Map.of());

      assertThat(c.lastCall("toegang.withdraw-case")).isNotNull();
      assertThat(c.openUserTaskIds()).isEmpty();
      c.assertProcess().isCompleted().hasPassedElement("ingetrokken").hasNoIncidents();
    }
  }
}
