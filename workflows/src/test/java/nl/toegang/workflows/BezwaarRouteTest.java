package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import nl.toegang.workflows.RouteDriver.ServiceCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The objection process (workflows/bpmn/bezwaar.bpmn): acknowledgement, assessment, hearing,
 * the decision term of 6 or 12 weeks with one postponement and the team lead's warning, and the
 * three outcomes. The days come in the start message, as Toegang counts them (ObjectionTerms).
 */
@ZeebeProcessTest
class BezwaarRouteTest {

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  static final List<String> MODELS = List.of("workflows/bpmn/bezwaar.bpmn");

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, MODELS);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  /** An objection received today to a decision sent some days ago; the days as Toegang would count them. */
  static Map<String, Object> bezwaar(LocalDate decisionSent, boolean late, String law) {
    LocalDate termEnd = decisionSent.plusWeeks(6);
    LocalDate from = late ? LocalDate.now(NL) : termEnd;
    Map<String, Object> melding = new HashMap<>();
    melding.put("tegen", "Ik krijg maar 2 uur hulp.");
    melding.put("waarom", "Ik kan zelf niet schoonmaken. Ik heb 4 uur nodig.");
    melding.put("horen", "ja");
    if (late) {
      melding.put("redenTeLaat", "Ik lag in het ziekenhuis.");
    }
    melding.put("bezwaarOp", "WMO-AAAAA-BBBBB");
    melding.put("besluitBrief", "beschikking");
    melding.put("teLaat", late);
    melding.put("wetBestredenBesluit", law);
    melding.put("besluitVerzonden", decisionSent.toString());
    melding.put("bezwaarTermijnEinde", termEnd.toString());
    melding.put("beslisDatum", from.plusWeeks(6).toString());
    melding.put("beslisDatumCommissie", from.plusWeeks(12).toString());
    melding.put("beslisDatumVerdaagd", from.plusWeeks(12).toString());
    melding.put("beslisDatumCommissieVerdaagd", from.plusWeeks(18).toString());
    return melding;
  }

  RouteCase object(Map<String, Object> melding) {
    return route.start("bezwaar-ontvangen", "bezwaar", "BZW", RouteDriver.now(),
        Map.of("melding", melding, "client", Map.of("bsn", "111222333", "naam", "Jan Bakker")));
  }

  static Instant endOf(String isoDay) {
    return ZonedDateTime.of(LocalDate.parse(isoDay), LocalTime.of(23, 59, 59), NL).toInstant();
  }

  static Map<String, Object> beoordeling(String ontvankelijk, String commissie, String horen) {
    Map<String, Object> values = new HashMap<>(Map.of("ontvankelijk", ontvankelijk, "adviescommissie", commissie, "hoorzitting", horen));
    if (horen.equals("nee")) {
      values.put("nietHorenReden", "De inwoner wil niet gehoord worden.");
    }
    return values;
  }

  @Test
  void anObjectionInTimeIsAcknowledgedHeardAndFoundUnfounded() {
    Map<String, Object> melding = bezwaar(LocalDate.now(NL).minusDays(10), false, "wmo");
    RouteCase bezwaar = object(melding);

    assertThat(bezwaar.letterTemplates()).containsExactly("bezwaar-ontvangen");
    ServiceCall ack = bezwaar.lastCall("toegang.letter");
    assertThat(ack.variables()).containsEntry("bezwaarOp", "WMO-AAAAA-BBBBB").containsEntry("beslisDatum", melding.get("beslisDatum"))
        .containsEntry("aanhef", "Beste Jan Bakker,").containsEntry("teLaatTekst", "Uw bezwaar is op tijd.");
    assertThat(bezwaar.statuses()).containsExactly("OBJECTION_HANDLING");
    var beoordelen = bezwaar.userTask("bezwaarBeoordelen");
    assertThat(beoordelen.candidateGroups()).containsExactly("bezwaar-behandelaars");
    assertThat(beoordelen.dueDate()).isEqualTo(endOf((String) melding.get("beslisDatum")));

    bezwaar.completeUserTask("bezwaarBeoordelen", beoordeling("ja", "nee", "ja"));
    assertThat(bezwaar.statuses()).last().isEqualTo("OBJECTION_HEARING");
    bezwaar.completeUserTask("hoorzittingPlannen", Map.of("hoorzittingDatum", LocalDate.now(NL).plusWeeks(2).toString(),
        "hoorzittingPlaats", "10.00 uur, gemeentehuis"));
    ServiceCall invitation = bezwaar.lastCall("toegang.letter");
    assertThat(invitation.header("template")).isEqualTo("bezwaar-hoorzitting");
    assertThat(invitation.header("details")).isEqualTo("hoorzittingDatum,hoorzittingPlaats");
    bezwaar.completeUserTask("hoorzittingVerslagVastleggen", Map.of("hoorzittingVerslag", "Jan legde uit waarom."));
    bezwaar.completeUserTask("beslissingOpBezwaar", Map.of("uitkomst", "ongegrond",
        "bezwaarMotivering", "Met 2 uur per week is uw huis schoon."));

    assertThat(bezwaar.letterTemplates()).containsExactly("bezwaar-ontvangen", "bezwaar-hoorzitting", "bezwaar-ongegrond");
    ServiceCall outcome = bezwaar.lastCall("toegang.bezwaar-uitkomst");
    assertThat(outcome.variables()).containsEntry("bezwaarOp", "WMO-AAAAA-BBBBB").containsEntry("uitkomst", "ongegrond");
    assertThat(bezwaar.statuses()).last().isEqualTo("CLOSED_OBJECTION_DISMISSED");
    bezwaar.assertProcess().isCompleted().hasNoIncidents().hasPassedElement("ongegrond");
  }

  @Test
  void withAnAdvisoryCommitteeTheTermIsTwelveWeeksTheWarningComesAWeekBeforeAndOnePostponementMovesIt() {
    Map<String, Object> melding = bezwaar(LocalDate.now(NL).minusDays(3), false, "jeugdwet");
    RouteCase bezwaar = object(melding);
    bezwaar.completeUserTask("bezwaarBeoordelen", beoordeling("ja", "ja", "nee"));

    ServiceCall committee = bezwaar.lastCall("toegang.letter");
    assertThat(committee.header("template")).isEqualTo("bezwaar-adviescommissie");
    assertThat(committee.variables()).containsEntry("beslisDatum", melding.get("beslisDatumCommissie"));
    Instant deadline = endOf((String) melding.get("beslisDatumCommissie"));
    assertThat(bezwaar.instant("beslisDeadline")).isEqualTo(deadline);
    assertThat(bezwaar.openUserTaskIds()).containsExactly("beslissingOpBezwaar");
    assertThat(bezwaar.userTask("beslissingOpBezwaar").dueDate()).isEqualTo(deadline);

    // Not at the end of the 6 weeks, and not an hour before the week before the 12 weeks end.
    Instant warning = deadline.minus(Duration.ofDays(7));
    bezwaar.moveClockTo(warning.minus(Duration.ofHours(1)), Duration.ZERO);
    assertThat(bezwaar.openUserTaskIds()).containsExactly("beslissingOpBezwaar");
    bezwaar.moveClockTo(warning, Duration.ofHours(1));
    bezwaar.awaitUserTask("termijnBewaken");
    assertThat(bezwaar.openUserTaskIds()).containsExactlyInAnyOrder("beslissingOpBezwaar", "termijnBewaken");
    var bewaken = bezwaar.userTask("termijnBewaken");
    assertThat(bewaken.candidateGroups()).containsExactly("bezwaar-teamleiders");
    assertThat(bewaken.dueDate()).isEqualTo(deadline);

    bezwaar.completeUserTask("termijnBewaken", Map.of("actie", "Commissie vergadert later.", "verdagen", "ja",
        "verdagingReden", "De commissie komt pas over 3 weken bij elkaar."));
    ServiceCall postponed = bezwaar.lastCall("toegang.letter");
    assertThat(postponed.header("template")).isEqualTo("bezwaar-verdaagd");
    assertThat(postponed.variables()).containsEntry("nieuweBeslisDatum", melding.get("beslisDatumCommissieVerdaagd"))
        .containsEntry("verdagingReden", "De commissie komt pas over 3 weken bij elkaar.");
    Instant newDeadline = endOf((String) melding.get("beslisDatumCommissieVerdaagd"));
    assertThat(bezwaar.instant("beslisDeadline")).isEqualTo(newDeadline);

    // The second warning: a week before the new date, not before; it offers no second postponement.
    Instant secondWarning = newDeadline.minus(Duration.ofDays(7));
    bezwaar.moveClockTo(secondWarning.minus(Duration.ofHours(1)), Duration.ZERO);
    assertThat(bezwaar.openUserTaskIds()).containsExactly("beslissingOpBezwaar");
    bezwaar.moveClockTo(secondWarning, Duration.ofHours(1));
    bezwaar.awaitUserTask("termijnBewakenNaVerdaging");
    assertThat(bezwaar.openUserTaskIds()).containsExactlyInAnyOrder("beslissingOpBezwaar", "termijnBewakenNaVerdaging");
    assertThat(WorkflowFiles.form("bezwaar-termijn-na-verdaging").toString()).doesNotContain("verdagen\"");

    bezwaar.completeUserTask("beslissingOpBezwaar", Map.of("uitkomst", "ongegrond", "bezwaarMotivering", "Het advies volgt het besluit."));
    assertThat(bezwaar.statuses()).last().isEqualTo("CLOSED_OBJECTION_DISMISSED");
    // Closing ends the open warning too.
    assertThat(bezwaar.openUserTaskIds()).isEmpty();
    bezwaar.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void aLateObjectionWithoutAGoodReasonIsInadmissibleWithoutAHearing() {
    Map<String, Object> melding = bezwaar(LocalDate.now(NL).minusWeeks(9), true, "schuldhulp");
    RouteCase bezwaar = object(melding);
    ServiceCall ack = bezwaar.lastCall("toegang.letter");
    assertThat(ack.variables()).containsEntry("teLaat", true).containsEntry("redenTeLaat", "Ik lag in het ziekenhuis.");
    assertThat((String) ack.variables().get("teLaatTekst")).contains("na de termijn van 6 weken");
    bezwaar.activateUserTask("bezwaarBeoordelen");

    bezwaar.completeUserTask("bezwaarBeoordelen", beoordeling("nee", "nee", "nee"));
    assertThat(bezwaar.openUserTaskIds()).containsExactly("beslissingOpBezwaar");
    bezwaar.completeUserTask("beslissingOpBezwaar", Map.of("uitkomst", "niet-ontvankelijk",
        "bezwaarMotivering", "U was 3 weken te laat. Het ziekenhuis was maar 2 dagen."));

    assertThat(bezwaar.letterTemplates()).containsExactly("bezwaar-ontvangen", "bezwaar-niet-ontvankelijk");
    assertThat(bezwaar.lastCall("toegang.bezwaar-uitkomst").variables()).containsEntry("uitkomst", "niet-ontvankelijk");
    assertThat(bezwaar.statuses()).last().isEqualTo("CLOSED_OBJECTION_INADMISSIBLE");
    bezwaar.assertProcess().isCompleted().hasNotPassedElement("hoorzittingPlannen").hasNoIncidents();
  }

  @Test
  void aLateObjectionWithAnExcusableReasonIsDealtWithOnItsMerits() {
    RouteCase bezwaar = object(bezwaar(LocalDate.now(NL).minusWeeks(7), true, "participatiewet"));
    bezwaar.completeUserTask("bezwaarBeoordelen", beoordeling("ja", "nee", "ja"));
    assertThat(bezwaar.openUserTaskIds()).containsExactly("hoorzittingPlannen");
    bezwaar.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void aWellFoundedObjectionGoesToTheTeamOfTheDecisionForTheNewDecision() {
    Map<String, Object> melding = bezwaar(LocalDate.now(NL).minusDays(5), false, "wmo");
    RouteCase bezwaar = object(melding);
    bezwaar.completeUserTask("bezwaarBeoordelen", beoordeling("ja", "nee", "nee"));
    bezwaar.completeUserTask("beslissingOpBezwaar", Map.of("uitkomst", "gegrond",
        "bezwaarMotivering", "U heeft meer hulp nodig dan wij dachten."));

    var nieuw = bezwaar.userTask("nieuwBesluitWmo");
    assertThat(nieuw.candidateGroups()).containsExactly("wmo-consulenten");
    assertThat(nieuw.dueDate()).isEqualTo(endOf((String) melding.get("beslisDatum")));
    assertThat(bezwaar.letterTemplates()).containsExactly("bezwaar-ontvangen");

    bezwaar.completeUserTask("nieuwBesluitWmo", Map.of("nieuwBesluit", "U krijgt 4 uur huishoudelijke hulp per week."));
    ServiceCall letter = bezwaar.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("bezwaar-gegrond");
    assertThat(letter.variables()).containsEntry("nieuwBesluit", "U krijgt 4 uur huishoudelijke hulp per week.")
        .containsEntry("bezwaarMotivering", "U heeft meer hulp nodig dan wij dachten.");
    assertThat(bezwaar.lastCall("toegang.bezwaar-uitkomst").variables()).containsEntry("uitkomst", "gegrond");
    assertThat(bezwaar.statuses()).last().isEqualTo("CLOSED_OBJECTION_UPHELD");
    bezwaar.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void aWellFoundedObjectionToADecisionOfAnotherLawGoesToThatTeam() {
    for (var law : Map.of("jeugdwet", "jeugd-consulenten", "participatiewet", "inkomen-consulenten",
        "schuldhulp", "schuldhulp-consulenten").entrySet()) {
      RouteCase bezwaar = object(bezwaar(LocalDate.now(NL).minusDays(5), false, law.getKey()));
      bezwaar.completeUserTask("bezwaarBeoordelen", beoordeling("ja", "nee", "nee"));
      bezwaar.completeUserTask("beslissingOpBezwaar", Map.of("uitkomst", "gegrond", "bezwaarMotivering", "Klopt niet."));
      assertThat(bezwaar.openUserTasks()).singleElement()
          .satisfies(t -> assertThat(t.candidateGroups()).as(law.getKey()).containsExactly(law.getValue()));
    }
  }

  @Test
  void theObjectorCanWithdrawTheObjection() {
    RouteCase bezwaar = object(bezwaar(LocalDate.now(NL).minusDays(5), false, "wmo"));
    bezwaar.publish("aanvraag-ingetrokken", Map.of("ingetrokkenDoor", "jan"));
    assertThat(bezwaar.calls("toegang.withdraw-case")).hasSize(1);
    assertThat(bezwaar.openUserTaskIds()).isEmpty();
    bezwaar.assertProcess().isCompleted().hasNoIncidents();
  }
}
