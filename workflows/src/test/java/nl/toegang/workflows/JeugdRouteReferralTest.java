package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.huisarts;
import static nl.toegang.workflows.SampleForms.verwijzing;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import nl.toegang.workflows.RouteDriver.ServiceCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A referral by a legal referrer: the municipality checks and assigns, without its own investigation. */
@ZeebeProcessTest
class JeugdRouteReferralTest {

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
  void aGpsReferralIsCheckedByAConsultantWhoSeesTheReferrerAndTheContractedProvidersForTheKindOfHelp() {
    RouteCase referral = route.receiveReferral(verwijzing("jeugd-ggz", "nee"), huisarts());

    assertThat(referral.statuses()).containsExactly("TRIAGE");
    var check = referral.userTask("verwijzingControleren");
    assertThat(check.candidateGroups()).containsExactly("jeugd-consulenten");
    assertThat(check.dueDate()).isEqualTo(referral.meldingOntvangen.plus(Period.ofWeeks(8)));

    ActivatedJob job = referral.activateUserTask("verwijzingControleren");
    Map<String, Object> variables = job.getVariablesAsMap();
    assertThat(variables.get("verwijzer")).isEqualTo(huisarts());
    assertThat(variables.get("aanbieders")).isEqualTo(JeugdDecisionsTest.contracted(route, "jeugd-ggz"));
    assertThat(variables).containsEntry("productNaam", "Jeugd-ggz");
    // The task form shows who referred in read-only fields.
    assertThat(variables).containsEntry("verwijzerNaam", "Dr. A. de Wit").containsEntry("verwijzerOrganisatie", "Huisartsenpraktijk Aalsmeer-Oost")
        .containsEntry("verwijzerAgbCode", "01012345").containsEntry("verwijzerSoort", "huisarts");
    assertThat(JeugdDecisionsTest.findField(WorkflowFiles.form("verwijzing-controleren"), "verwijzerAgbCode").path("readonly").asBoolean()).isTrue();
    referral.assertProcess().isActive().hasNotPassedElement("triage").hasNoIncidents();
  }

  @Test
  void anApprovedReferralGoesStraightToTheChosenProviderWithALetterAndClosesAsGranted() {
    RouteCase referral = route.receiveReferral(verwijzing("ambulante-jeugdhulp", "nee"), huisarts());
    List<Map<String, String>> aanbieders = JeugdDecisionsTest.contracted(route, "ambulante-jeugdhulp");
    String gekozen = aanbieders.get(1).get("value");

    referral.completeUserTask("verwijzingControleren", Map.of("verwijzingAkkoord", "ja", "aanbieder", gekozen, "ingangsdatum", "2027-01-11"));

    assertThat(referral.statuses()).containsExactly("TRIAGE", "ASSIGNMENT", "CLOSED_GRANTED");
    ServiceCall letter = referral.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("toewijzing-jeugd");
    assertThat(letter.header("details")).isEqualTo("aanbieder,ingangsdatum");
    assertThat(letter.variables()).containsEntry("aanbieder", gekozen).containsEntry("ingangsdatum", "2027-01-11")
        .containsEntry("productNaam", "Ambulante jeugdhulp").containsEntry("productNaamEn", "Outpatient youth care");
    assertThat(referral.serviceCalls()).filteredOn(c -> c.type().equals("toegang.letter")).hasSize(1);
    assertThat(referral.lastCall("toegang.notify-resident").variables()).containsEntry("aanbiederNaam", aanbieders.get(1).get("label"));
    assertThat(referral.variable("verwijzer")).isEqualTo(huisarts());
    assertThat(referral.openUserTaskIds()).isEmpty();
    referral.assertProcess().isCompleted().hasPassedElement("toegekend")
        .hasNotPassedElement("triage").hasNotPassedElement("gesprekPlannen").hasNotPassedElement("beschikkingOpstellen").hasNoIncidents();
  }

  @Test
  void aReferralThatFailsTheCheckTakesTheUsualRouteWithTheReasonRecorded() {
    RouteCase referral = route.receiveReferral(verwijzing("pleegzorg", "nee"), huisarts());

    referral.completeUserTask("verwijzingControleren", Map.of("verwijzingAkkoord", "woont-elders",
        "verwijzingToelichting", "Het gezin woont in Uithoorn."));

    assertThat(referral.statuses()).containsExactly("TRIAGE", "INVESTIGATION");
    assertThat(referral.variable("verwijzingAkkoord")).isEqualTo("woont-elders");
    assertThat(referral.variable("verwijzingToelichting")).isEqualTo("Het gezin woont in Uithoorn.");
    assertThat(referral.openUserTaskIds()).containsExactly("gesprekPlannen");
    assertThat(referral.serviceCalls()).noneMatch(c -> c.type().equals("toegang.letter"));
    referral.assertProcess().isActive().hasPassedElement("triage").hasNoIncidents();
  }

  @Test
  void anUrgentReferralThatFailsTheCheckGoesToTheSameDayAssessment() {
    RouteCase referral = route.receiveReferral(verwijzing("verblijf", "ja"), huisarts());

    referral.completeUserTask("verwijzingControleren", Map.of("verwijzingAkkoord", "geen-wettelijke-verwijzer"));

    assertThat(referral.statuses()).containsExactly("TRIAGE", "URGENT");
    assertThat(referral.userTask("spoedBeoordelen").candidateGroups()).containsExactly("jeugd-teamleiders");
    referral.assertProcess().hasNoIncidents();
  }
}
