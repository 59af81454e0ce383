package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.wmoMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class WmoRouteTest {

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

  @Test
  void urgentMeldingGoesToTeamLeadWithinTheUrgentTermAndCanBeClosedAsReferred() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("ja", List.of("huishouden")));

    assertThat(wmoCase.statuses()).containsExactly("TRIAGE", "URGENT");
    var task = wmoCase.userTask("spoedBeoordelen");
    assertThat(task.candidateGroups()).containsExactly("wmo-teamleiders");
    assertThat(task.dueDate()).isEqualTo(wmoCase.meldingOntvangen.plus(Period.ofDays(1)));

    wmoCase.completeUserTask("spoedBeoordelen", Map.of("spoedBesluit", "afgehandeld", "spoedToelichting", "Doorverwezen naar Veilig Thuis."));

    assertThat(wmoCase.statuses()).containsExactly("TRIAGE", "URGENT", "CLOSED_REFERRED");
    assertThat(wmoCase.openUserTaskIds()).isEmpty();
    wmoCase.assertProcess().isCompleted().hasPassedElement("doorverwezen").hasNotPassedElement("onderzoek").hasNoIncidents();
  }

  @Test
  void urgentMeldingThatNeedsTailoredSupportContinuesWithTheInvestigation() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("ja", List.of("begeleiding")));

    wmoCase.completeUserTask("spoedBeoordelen", Map.of("spoedBesluit", "maatwerk", "spoedToelichting", "Veilig, maar hulp nodig."));

    assertThat(wmoCase.statuses()).containsExactly("TRIAGE", "URGENT", "INVESTIGATION");
    assertThat(wmoCase.openUserTaskIds()).containsExactly("gesprekPlannen");
    wmoCase.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void questionsAGeneralProvisionCanAnswerGetAnAdviceLetterWithoutACaseWorkerTask() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("contact", "maaltijden")));

    assertThat(wmoCase.statuses()).containsExactly("TRIAGE", "CLOSED_ADVICE");
    assertThat(wmoCase.lastCall("toegang.letter").header("template")).isEqualTo("advies");
    assertThat(wmoCase.lastCall("toegang.notify-resident").header("message")).isEqualTo("advies-verstuurd");
    wmoCase.assertProcess().isCompleted().hasNotPassedElement("onderzoek").hasNoIncidents();
  }

  @Test
  void investigationTasksAreDueSixWeeksAfterTheMeldingForTheConsultants() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("huishouden")));

    assertThat(wmoCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION");
    var plannen = wmoCase.userTask("gesprekPlannen");
    assertThat(plannen.candidateGroups()).containsExactly("wmo-consulenten");
    assertThat(plannen.dueDate()).isEqualTo(wmoCase.meldingOntvangen.plus(Period.ofWeeks(6)));

    wmoCase.completeUserTask("gesprekPlannen", gesprek());
    var verslag = wmoCase.userTask("verslagVastleggen");
    assertThat(verslag.candidateGroups()).containsExactly("wmo-consulenten");
    assertThat(verslag.dueDate()).isEqualTo(wmoCase.meldingOntvangen.plus(Period.ofWeeks(6)));
  }

  @Test
  void theResidentGetsTheVerslagWithTheConversationsDateAndPlaceBeforeBeingAskedToApply() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("huishouden")));
    wmoCase.completeUserTask("gesprekPlannen", gesprek());
    wmoCase.completeUserTask("verslagVastleggen", Map.of("verslag", "Mevrouw kan niet meer stofzuigen.", "maatwerkNodig", "ja"));

    List<RouteDriver.ServiceCall> calls = wmoCase.serviceCalls();
    int verslag = calls.indexOf(calls.stream().filter(c -> "verslag".equals(c.header("template"))).findFirst().orElseThrow());
    int askedToApply = calls.indexOf(calls.stream().filter(c -> "AWAITING_APPLICATION".equals(c.header("status"))).findFirst().orElseThrow());
    assertThat(verslag).isLessThan(askedToApply);
    var letter = calls.get(verslag);
    assertThat(letter.header("details")).isEqualTo("gesprekDatum,gesprekLocatie,clientondersteunerAanwezig");
    assertThat(letter.variables()).containsEntry("gesprekDatum", "2026-12-01").containsEntry("gesprekLocatie", "Bij mevrouw thuis")
        .containsEntry("verslag", "Mevrouw kan niet meer stofzuigen.");
    assertThat((String) letter.variables().get("adviesTekst")).contains("aan te vragen");
    assertThat((String) letter.variables().get("adviesTekstEn")).contains("apply");
  }

  @Test
  void noTailoredSupportNeededAfterTheConversationSendsTheConsultantsAdvice() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("huishouden")));
    wmoCase.completeUserTask("gesprekPlannen", gesprek());

    String advies = "Buurthuis De Schakel kookt elke dinsdag. Bel 0297 123 456.";
    wmoCase.completeUserTask(
        "verslagVastleggen", Map.of("verslag", "Mevrouw redt zich met hulp van haar dochter.", "maatwerkNodig", "nee", "adviesAlgemeneVoorziening", advies));

    var letter = wmoCase.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("advies");
    assertThat(letter.variables()).containsEntry("adviesAlgemeneVoorziening", advies);
    assertThat(wmoCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION", "CLOSED_ADVICE");
    wmoCase.assertProcess().isCompleted().hasPassedElement("adviesGegeven").hasNoIncidents();
  }

  @Test
  void grantedSupportIsApprovedByASecondPersonAndAssignedToAContractedProvider() {
    RouteCase wmoCase = applicationReadyForDecision();
    Instant aanvraagDatum = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    wmoCase.publish("aanvraag-ingediend", aanvraag(aanvraagDatum));

    assertThat(wmoCase.statuses()).endsWith("AWAITING_APPLICATION", "DECISION");
    var opstellen = wmoCase.userTask("beschikkingOpstellen");
    assertThat(opstellen.candidateGroups()).containsExactly("wmo-consulenten");
    // Two weeks from the day after the aanvraag, to the end of that day in Dutch time (the clock of the case).
    assertThat(opstellen.dueDate()).isEqualTo(RouteDriver.endOfDay(aanvraagDatum.atZone(RouteDriver.NL).toLocalDate().plusWeeks(2)));

    wmoCase.completeUserTask("beschikkingOpstellen", beschikking("toekennen", "huishoudelijke-hulp"));
    var goedkeuren = wmoCase.userTask("beschikkingGoedkeuren");
    assertThat(goedkeuren.headers()).containsEntry("toegang.fourEyes", "beschikkingOpstellen");
    assertThat(goedkeuren.dueDate()).isEqualTo(opstellen.dueDate());

    wmoCase.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "nee", "opmerking", "Omvang ontbreekt."));
    assertThat(wmoCase.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    assertThat(wmoCase.serviceCalls()).noneMatch(c -> c.type().equals("toegang.letter")
        && "beschikking".equals(c.header("template")));

    wmoCase.completeUserTask("beschikkingOpstellen", beschikking("toekennen", "huishoudelijke-hulp"));
    assertThat(wmoCase.activateUserTask("beschikkingGoedkeuren").getCustomHeaders())
        .containsEntry("toegang.fourEyes", "beschikkingOpstellen");
    wmoCase.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    var letter = wmoCase.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("beschikking");
    assertThat(letter.variables()).containsEntry("product", "huishoudelijke-hulp").containsEntry("besluit", "toekennen");
    assertThat((String) letter.variables().get("besluitTekst")).doesNotContain("niet");
    assertThat((String) letter.variables().get("besluitTekstEn")).doesNotContain("not");
    assertThat(wmoCase.statuses()).endsWith("DECISION", "ASSIGNMENT");

    ActivatedJob toewijzen = wmoCase.activateUserTask("aanbiederToewijzen");
    Object contracted = contractedProviders("huishoudelijke-hulp");
    assertThat((List<?>) contracted).isNotEmpty();
    assertThat(toewijzen.getVariablesAsMap().get("aanbieders")).isEqualTo(contracted);
    assertThat(wmoCase.userTask("aanbiederToewijzen").candidateGroups()).containsExactly("wmo-consulenten");

    @SuppressWarnings("unchecked")
    String gekozen = ((List<Map<String, String>>) contracted).getFirst().get("value");
    wmoCase.completeUserTask("aanbiederToewijzen", Map.of("aanbieder", gekozen));

    var providerLetter = wmoCase.lastCall("toegang.letter");
    assertThat(providerLetter.header("template")).isEqualTo("toewijzing");
    assertThat(providerLetter.header("details")).contains("product", "aanbieder", "ingangsdatum", "einddatum");
    assertThat(providerLetter.variables()).containsEntry("aanbieder", gekozen);

    var notified = wmoCase.lastCall("toegang.notify-resident");
    assertThat(notified.header("message")).isEqualTo("aanbieder-toegewezen");
    assertThat(notified.header("details")).isEqualTo("aanbiederNaam");
    @SuppressWarnings("unchecked")
    String gekozenNaam = ((List<Map<String, String>>) contracted).getFirst().get("label");
    assertThat(notified.variables()).containsEntry("aanbiederNaam", gekozenNaam);
    assertThat(wmoCase.statuses()).last().isEqualTo("CLOSED_GRANTED");
    assertThat(wmoCase.openUserTaskIds()).isEmpty();
    wmoCase.assertProcess().isCompleted().hasPassedElement("beschikkingOpstellen", 2).hasPassedElement("toegekend").hasNoIncidents();
  }

  @Test
  void rejectedApplicationGetsADecisionLetterAndIsClosedWithoutProvider() {
    RouteCase wmoCase = applicationReadyForDecision();
    wmoCase.publish("aanvraag-ingediend", aanvraag(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    wmoCase.completeUserTask("beschikkingOpstellen", Map.of("besluit", "afwijzen", "product", "vervoer", "motivering", "U kunt de regiotaxi gebruiken."));
    wmoCase.completeUserTask("beschikkingGoedkeuren", Map.of("goedgekeurd", "ja"));

    var letter = wmoCase.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("beschikking");
    assertThat((String) letter.variables().get("besluitTekst")).contains("niet");
    assertThat((String) letter.variables().get("besluitTekstEn")).contains("not");
    assertThat(wmoCase.lastCall("toegang.notify-resident").header("message")).isEqualTo("besluit-genomen");
    assertThat(wmoCase.statuses()).endsWith("DECISION", "CLOSED_REJECTED").doesNotContain("ASSIGNMENT");
    wmoCase.assertProcess().isCompleted().hasPassedElement("afgewezen").hasNotPassedElement("aanbiederToewijzen").hasNoIncidents();
  }

  @Test
  void applicationRecordedWithoutDateStartsTheDecisionTermOnReceipt() {
    RouteCase wmoCase = applicationReadyForDecision();
    Instant before = Instant.now();

    wmoCase.publish("aanvraag-ingediend", Map.of("aanvraag", Map.of("akkoordVerslag", "ja", "leveringsvormVoorkeur", "natura", "ondertekening", true)));

    // The term counts from the day the aanvraag was received, to the end of the last day in Dutch time.
    assertThat(wmoCase.userTask("beschikkingOpstellen").dueDate())
        .isIn(RouteDriver.endOfDay(before.atZone(RouteDriver.NL).toLocalDate().plusWeeks(2)),
            RouteDriver.endOfDay(Instant.now().atZone(RouteDriver.NL).toLocalDate().plusWeeks(2)));
    assertThat(wmoCase.variable("aanvraagDatum")).isNotNull();
    wmoCase.assertProcess().hasNoIncidents();
  }

  private RouteCase applicationReadyForDecision() {
    RouteCase wmoCase = route.reportWmoMelding(wmoMelding("nee", List.of("huishouden", "maaltijden")));
    wmoCase.completeUserTask("gesprekPlannen", gesprek());
    wmoCase.completeUserTask("verslagVastleggen", Map.of("verslag", "Mevrouw kan niet meer schoonmaken.", "maatwerkNodig", "ja"));
    assertThat(wmoCase.statuses()).containsExactly("TRIAGE", "INVESTIGATION", "AWAITING_APPLICATION");
    assertThat(wmoCase.lastCall("toegang.notify-resident").header("message")).isEqualTo("aanvraag-mogelijk");
    wmoCase.assertProcess().isWaitingForMessages("aanvraag-ingediend");
    return wmoCase;
  }

  private Object contractedProviders(String product) {
    String output =
        route.client().newEvaluateDecisionCommand().decisionId("gecontracteerde-aanbieders").variables(Map.of("product", product)).send().join().getDecisionOutput();
    return RouteDriver.readJson(output);
  }

  static Map<String, Object> gesprek() {
    return Map.of("gesprekDatum", "2026-12-01", "gesprekLocatie", "Bij mevrouw thuis", "clientondersteunerAanwezig", "ja");
  }

  static Map<String, Object> aanvraag(Instant aanvraagDatum) {
    return Map.of(
        "aanvraag", Map.of("akkoordVerslag", "ja", "leveringsvormVoorkeur", "natura", "ondertekening", true),
        "aanvraagDatum", aanvraagDatum.toString());
  }

  static Map<String, Object> beschikking(String besluit, String product) {
    return Map.of(
        "besluit", besluit,
        "product", product,
        "leveringsvorm", "natura",
        "ingangsdatum", "2027-01-01",
        "einddatum", "2027-12-31",
        "omvang", "3 uur per week",
        "motivering", "U kunt het huis niet meer zelf schoonhouden.");
  }
}
