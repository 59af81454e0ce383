package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.jeugdMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import nl.toegang.workflows.RouteDriver.ServiceCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Jeugdwet route from a melding by a parent or a young person. */
@ZeebeProcessTest
class JeugdRouteTest {

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
  void aParentsMeldingGoesToAConversationDueWithinTheEightWeekDecisionTerm() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));

    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION");
    var plannen = jeugdCase.userTask("gesprekPlannen");
    assertThat(plannen.candidateGroups()).containsExactly("jeugd-consulenten");
    assertThat(plannen.dueDate()).isEqualTo(jeugdCase.meldingOntvangen.plus(Period.ofWeeks(8)));
    assertThat(jeugdCase.variable("beschikkingDeadline")).isEqualTo(jeugdCase.meldingOntvangen.plus(Period.ofWeeks(8)).toString());
    jeugdCase.assertProcess().isActive().hasNotPassedElement("spoedBeoordelen").hasNoIncidents();
  }

  @Test
  void aYoungPersonWhoAsksThemselvesTakesTheSameRoute() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("zelf", "nee", "weet-niet"));

    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION");
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    jeugdCase.assertProcess().hasNoIncidents();
  }

  @Test
  void aMeldingWithOnlyTheFrontDoorsFieldsIsInvestigatedNotDropped() {
    Map<String, Object> algemeen = new HashMap<>();
    algemeen.put("voornaam", "Mo");
    algemeen.put("achternaam", "Yilmaz");
    algemeen.put("situatie", "Mijn zoon en ik hebben vaak ruzie. Ik weet niet meer wat ik moet doen.");
    RouteCase jeugdCase = route.reportJeugdMelding(algemeen);

    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION");
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    jeugdCase.assertProcess().hasNoIncidents();
  }

  @Test
  void anUrgentMeldingIsAssessedByATeamLeadTheSameDayAndTheHandoverToVeiligThuisIsRecorded() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "ja", "onveilig"));

    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "URGENT");
    var spoed = jeugdCase.userTask("spoedBeoordelen");
    assertThat(spoed.candidateGroups()).containsExactly("jeugd-teamleiders");
    assertThat(spoed.dueDate()).isEqualTo(jeugdCase.meldingOntvangen.plus(Period.ofDays(1)));

    jeugdCase.completeUserTask("spoedBeoordelen", Map.of(
        "veiligThuisOvergedragen", "ja", "veiligThuisDatum", "2026-12-02", "veiligThuisDoor", "Lotte Visser",
        "spoedBesluit", "afgehandeld", "spoedToelichting", "Moeder gebeld. Veilig Thuis neemt het over."));

    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "URGENT", "CLOSED_REFERRED");
    assertThat(jeugdCase.variable("veiligThuisOvergedragen")).isEqualTo("ja");
    assertThat(jeugdCase.variable("veiligThuisDatum")).isEqualTo("2026-12-02");
    assertThat(jeugdCase.variable("veiligThuisDoor")).isEqualTo("Lotte Visser");
    assertThat(jeugdCase.openUserTaskIds()).isEmpty();
    jeugdCase.assertProcess().isCompleted().hasPassedElement("doorverwezen").hasNotPassedElement("gesprekPlannen").hasNoIncidents();
  }

  @Test
  void aFamilyThatFeelsUnsafeIsAssessedFirstEvenWithoutUrgencyAndCanContinueToTheConversation() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "onveilig"));
    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "URGENT");

    jeugdCase.completeUserTask("spoedBeoordelen", Map.of(
        "veiligThuisOvergedragen", "nee", "spoedBesluit", "onderzoek", "spoedToelichting", "Gesproken met vader. Nu veilig."));

    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "URGENT", "INVESTIGATION");
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    jeugdCase.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void whenLightHelpIsEnoughTheFamilyGetsTheReportAndPlanWithTheAdviceAndTheCaseCloses() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    jeugdCase.completeUserTask("gesprekPlannen", gesprek());
    var plan = jeugdCase.userTask("planVastleggen");
    assertThat(plan.candidateGroups()).containsExactly("jeugd-consulenten");

    String advies = "Het CJG heeft een cursus voor ouders van pubers. Bel 0297 123 456.";
    jeugdCase.completeUserTask("planVastleggen", Map.of("verslag", "Daan is vaak boos.", "doelen", "Moeder volgt een cursus.",
        "gezinAkkoord", "ja", "jeugdhulpNodig", "nee", "adviesAlgemeneVoorziening", advies));

    ServiceCall letter = jeugdCase.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("jeugd-plan");
    assertThat(letter.header("details")).isEqualTo("gesprekDatum,gesprekLocatie,gezinAkkoord");
    assertThat(letter.variables()).containsEntry("adviesAlgemeneVoorziening", advies).containsEntry("doelen", "Moeder volgt een cursus.");
    assertThat((String) letter.variables().get("adviesTekst")).contains("geen jeugdhulp");
    assertThat((String) letter.variables().get("adviesTekstEn")).contains("do not need");
    assertThat(jeugdCase.lastCall("toegang.notify-resident").header("message")).isEqualTo("advies-verstuurd");
    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION", "CLOSED_ADVICE");
    jeugdCase.assertProcess().isCompleted().hasPassedElement("adviesGegeven").hasNotPassedElement("beschikkingOpstellen").hasNoIncidents();
  }

  @Test
  void grantedYouthCareIsApprovedByASecondPersonAndAssignedToAContractedProvider() {
    RouteCase jeugdCase = readyForDecision();
    var opstellen = jeugdCase.userTask("beschikkingOpstellen");
    assertThat(opstellen.candidateGroups()).containsExactly("jeugd-consulenten");
    assertThat(opstellen.dueDate()).isEqualTo(jeugdCase.meldingOntvangen.plus(Period.ofWeeks(8)));

    jeugdCase.completeUserTask("beschikkingOpstellen", beschikking("toekennen", "jeugd-ggz"));
    var goedkeuren = jeugdCase.userTask("beschikkingGoedkeuren");
    assertThat(goedkeuren.candidateGroups()).containsExactly("jeugd-consulenten");
    assertThat(goedkeuren.headers()).containsEntry("toegang.fourEyes", "beschikkingOpstellen");

    jeugdCase.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "nee", "opmerking", "Einddatum ontbreekt."));
    assertThat(jeugdCase.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    assertThat(jeugdCase.serviceCalls()).noneMatch(c -> "jeugd-beschikking".equals(c.header("template")));

    jeugdCase.completeUserTask("beschikkingOpstellen", beschikking("toekennen", "jeugd-ggz"));
    jeugdCase.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    ServiceCall letter = jeugdCase.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("jeugd-beschikking");
    assertThat(letter.header("details")).isEqualTo("product,leveringsvorm,ingangsdatum,einddatum,omvang");
    assertThat((String) letter.variables().get("besluitTekst")).doesNotContain("niet");
    assertThat((String) letter.variables().get("besluitTekstEn")).doesNotContain("not");
    assertThat(jeugdCase.statuses()).endsWith("DECISION", "ASSIGNMENT");

    ActivatedJob toewijzen = jeugdCase.activateUserTask("aanbiederToewijzen");
    assertThat(jeugdCase.userTask("aanbiederToewijzen").candidateGroups()).containsExactly("jeugd-consulenten");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> aanbieders = (List<Map<String, String>>) toewijzen.getVariablesAsMap().get("aanbieders");
    assertThat(aanbieders).isEqualTo(JeugdDecisionsTest.contracted(route, "jeugd-ggz"));
    jeugdCase.completeUserTask("aanbiederToewijzen", Map.of("aanbieder", aanbieders.getFirst().get("value")));

    ServiceCall providerLetter = jeugdCase.lastCall("toegang.letter");
    assertThat(providerLetter.header("template")).isEqualTo("toewijzing-jeugd");
    assertThat(providerLetter.header("details")).isEqualTo("aanbieder,ingangsdatum");
    assertThat(providerLetter.variables()).containsEntry("aanbieder", aanbieders.getFirst().get("value"))
        .containsEntry("productNaam", "Jeugd-ggz").containsEntry("productNaamEn", "Youth mental health care");
    ServiceCall notified = jeugdCase.lastCall("toegang.notify-resident");
    assertThat(notified.header("message")).isEqualTo("aanbieder-toegewezen");
    assertThat(notified.variables()).containsEntry("aanbiederNaam", aanbieders.getFirst().get("label"));
    // Youth care with an end date runs on in ondersteuning.bpmn (OndersteuningTest): the case stays open.
    assertThat(jeugdCase.statuses()).last().isEqualTo("SUPPORT_RUNNING");
    assertThat(jeugdCase.openUserTaskIds()).isEmpty();
    jeugdCase.assertProcess().isActive().hasPassedElement("beschikkingOpstellen", 2).hasNotPassedElement("toegekend").hasNoIncidents();
  }

  @Test
  void refusedYouthCareGetsADecisionLetterAndClosesWithoutAProvider() {
    RouteCase jeugdCase = readyForDecision();
    jeugdCase.completeUserTask("beschikkingOpstellen", Map.of("besluit", "afwijzen", "product", "verblijf",
        "motivering", "Hulp thuis past beter. Daar helpen wij u bij."));
    jeugdCase.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    ServiceCall letter = jeugdCase.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("jeugd-beschikking");
    assertThat((String) letter.variables().get("besluitTekst")).contains("niet");
    assertThat((String) letter.variables().get("besluitTekstEn")).contains("not");
    assertThat(jeugdCase.lastCall("toegang.notify-resident").header("message")).isEqualTo("besluit-genomen");
    assertThat(jeugdCase.statuses()).endsWith("DECISION", "CLOSED_REJECTED").doesNotContain("ASSIGNMENT");
    jeugdCase.assertProcess().isCompleted().hasPassedElement("afgewezen").hasNotPassedElement("aanbiederToewijzen").hasNoIncidents();
  }

  private RouteCase readyForDecision() {
    RouteCase jeugdCase = route.reportJeugdMelding(jeugdMelding("ouder", "nee", "veilig"));
    jeugdCase.completeUserTask("gesprekPlannen", gesprek());
    jeugdCase.completeUserTask("planVastleggen", plan());
    ServiceCall planLetter = jeugdCase.lastCall("toegang.letter");
    assertThat(planLetter.header("template")).isEqualTo("jeugd-plan");
    assertThat((String) planLetter.variables().get("adviesTekst")).contains("besluit");
    assertThat(jeugdCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION", "DECISION");
    return jeugdCase;
  }

  static Map<String, Object> gesprek() {
    return Map.of("gesprekDatum", "2026-12-10", "gesprekLocatie", "Bij het gezin thuis", "clientondersteunerAanwezig", "nee");
  }

  static Map<String, Object> plan() {
    return Map.of("verslag", "Daan heeft angstklachten en gaat niet naar school.", "doelen",
        "Daan krijgt behandeling. School en moeder praten elke maand.", "gezinAkkoord", "ja", "jeugdhulpNodig", "ja");
  }

  static Map<String, Object> beschikking(String besluit, String product) {
    return Map.of("besluit", besluit, "product", product, "leveringsvorm", "natura", "ingangsdatum", "2027-01-04",
        "einddatum", "2027-12-31", "omvang", "1 behandeling per week", "motivering", "Daan heeft behandeling nodig om weer naar school te gaan.");
  }
}
