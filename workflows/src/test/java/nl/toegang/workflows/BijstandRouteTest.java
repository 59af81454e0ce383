package nl.toegang.workflows;

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

@ZeebeProcessTest
class BijstandRouteTest {

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

  static Map<String, Object> stukken(String compleet, List<String> binnen) {
    return Map.of("stukkenBinnen", binnen, "stukkenCompleet", compleet);
  }

  static Map<String, Object> gesprek() {
    return Map.of("gesprekDatum", "2026-12-01", "gesprekVerslag", "Mevrouw zoekt werk in de zorg.", "kanWerken", "deels",
        "werkAfspraken", "Aanmelden bij het werkcentrum.");
  }

  static Map<String, Object> toekennen() {
    return Map.of("besluit", "toekennen", "bedragPerMaand", 1078.7, "ingangsdatum", "2026-12-01",
        "motivering", "U heeft geen inkomen en geen vermogen.");
  }

  /** Documents, conversation: the case is ready for the decision. */
  static void untilTheDecision(RouteCase c) {
    c.completeUserTask("stukkenOntvangen", stukken("ja", List.of("identiteitsbewijs", "bankafschriften", "huurcontract", "inkomen")));
    c.completeUserTask("gesprekVoeren", gesprek());
  }

  @Test
  void anAanvraagIsConfirmedWithTheListOfDocumentsAndWaitsForThemWithinTheEightWeekTerm() {
    RouteCase c = route.bijstand(bijstandAanvraag());

    assertThat(c.statuses()).containsExactly("AWAITING_DOCUMENTS");
    assertThat(c.letterTemplates()).containsExactly("bijstand-ontvangen");
    var task = c.userTask("stukkenOntvangen");
    assertThat(task.candidateGroups()).containsExactly("inkomen-consulenten");
    assertThat(task.dueDate()).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(8)));
    assertThat(c.instant("voorschotUiterlijk")).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(4)));
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void missingDocumentsBringTheTaskBackUntilEverythingIsIn() {
    RouteCase c = route.bijstand(bijstandAanvraag());

    c.completeUserTask("stukkenOntvangen", stukken("nee", List.of("identiteitsbewijs")));
    assertThat(c.openUserTaskIds()).containsExactly("stukkenOntvangen");
    assertThat(c.statuses()).containsExactly("AWAITING_DOCUMENTS");

    c.completeUserTask("stukkenOntvangen", stukken("ja", List.of("identiteitsbewijs", "bankafschriften", "huurcontract", "inkomen")));
    assertThat(c.openUserTaskIds()).containsExactly("gesprekVoeren");
    assertThat(c.userTask("gesprekVoeren").candidateGroups()).containsExactly("inkomen-consulenten");
    assertThat(c.statuses()).containsExactly("AWAITING_DOCUMENTS", "INVESTIGATION");
    assertThat(c.variable("stukkenBinnen")).isEqualTo(List.of("identiteitsbewijs", "bankafschriften", "huurcontract", "inkomen"));
  }

  @Test
  void grantedBijstandIsApprovedByASecondWorkerAndTheLetterNamesAmountAndStartDate() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    untilTheDecision(c);

    assertThat(c.statuses()).containsExactly("AWAITING_DOCUMENTS", "INVESTIGATION", "DECISION");
    var opstellen = c.userTask("beschikkingOpstellen");
    assertThat(opstellen.candidateGroups()).containsExactly("inkomen-consulenten");
    assertThat(opstellen.dueDate()).isEqualTo(c.meldingOntvangen.plus(Period.ofWeeks(8)));

    c.completeUserTask("beschikkingOpstellen", toekennen());
    var goedkeuren = c.userTask("beschikkingGoedkeuren");
    assertThat(goedkeuren.headers()).containsEntry("toegang.fourEyes", "beschikkingOpstellen");
    assertThat(goedkeuren.candidateGroups()).containsExactly("inkomen-consulenten");

    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "nee", "opmerking", "Ingangsdatum klopt niet."));
    assertThat(c.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    assertThat(c.letterTemplates()).doesNotContain("bijstand-beschikking");

    c.completeUserTask("beschikkingOpstellen", toekennen());
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("bijstand-beschikking");
    assertThat(letter.header("details")).isEqualTo("bedragPerMaand,ingangsdatum,afwijzingsreden");
    assertThat(letter.variables()).containsEntry("bedragPerMaand", 1078.7).containsEntry("ingangsdatum", "2026-12-01");
    assertThat((String) letter.variables().get("besluitTekst")).startsWith("U krijgt bijstand");
    assertThat((String) letter.variables().get("besluitTekstEn")).startsWith("You will receive social assistance");
    assertThat(c.lastCall("toegang.notify-resident").header("message")).isEqualTo("besluit-genomen");
    assertThat(c.statuses()).last().isEqualTo("CLOSED_GRANTED_INCOME");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isCompleted().hasPassedElement("toegekend").hasNoIncidents();
  }

  @Test
  void aDecisionWithinFourWeeksMeansNoAdvance() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    route.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(4)), Duration.ofHours(-2));
    untilTheDecision(c);
    c.completeUserTask("beschikkingOpstellen", toekennen());
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    c.moveClockTo(c.meldingOntvangen.plus(Period.ofWeeks(9)), Duration.ZERO);

    assertThat(c.letterTemplates()).containsExactly("bijstand-ontvangen", "bijstand-beschikking");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isCompleted().hasNotPassedElement("voorschotVerlenen").hasNotPassedElement("beslistermijnBewaken");
  }

  @Test
  void rejectionClosesTheCaseWithTheReasonInTheLetter() {
    RouteCase c = route.bijstand(bijstandAanvraag());
    untilTheDecision(c);
    c.completeUserTask("beschikkingOpstellen", Map.of("besluit", "afwijzen", "afwijzingsreden", "vermogen-te-hoog",
        "motivering", "U heeft 40.000 euro spaargeld. Dat is meer dan de grens."));
    c.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("bijstand-beschikking");
    assertThat(letter.variables()).containsEntry("afwijzingsreden", "vermogen-te-hoog");
    assertThat((String) letter.variables().get("besluitTekst")).isEqualTo("U krijgt geen bijstand.");
    assertThat(c.statuses()).last().isEqualTo("CLOSED_REJECTED");
    c.assertProcess().isCompleted().hasPassedElement("afgewezen").hasNoIncidents();
  }

  @Test
  void aPartOfASplitRequestWithOnlyFrontDoorAnswersStillReachesTheCaseWorkers() {
    Map<String, Object> melding = new HashMap<>(SampleForms.frontDoorOnly());
    RouteCase c = route.bijstand(melding);

    assertThat(c.statuses()).containsExactly("AWAITING_DOCUMENTS");
    assertThat(c.openUserTaskIds()).containsExactly("stukkenOntvangen");
    c.assertProcess().isActive().hasNoIncidents();
  }
}
