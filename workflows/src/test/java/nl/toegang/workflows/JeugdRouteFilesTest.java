package nl.toegang.workflows;

import static nl.toegang.workflows.WorkflowFiles.headers;
import static nl.toegang.workflows.WorkflowFiles.keys;
import static nl.toegang.workflows.WorkflowFiles.letterTemplates;
import static nl.toegang.workflows.WorkflowFiles.optionValues;
import static nl.toegang.workflows.WorkflowFiles.userTaskGroups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Jeugdwet route's model, forms and letters fit together and fit what the platform runs. */
class JeugdRouteFilesTest {

  private final BpmnModelInstance model = WorkflowFiles.bpmn(RouteDriver.JEUGD_BPMN);

  @Test
  void theRouteStartsFromAMeldingOrAReferralAndEndsOnWithdrawal() {
    Set<String> messages = new TreeSet<>();
    model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
    assertThat(messages).containsExactly("aanvraag-ingetrokken", "jeugd-melding-ontvangen", "jeugd-verwijzing-ontvangen");
  }

  @Test
  void theTasksAreForTheYouthTeamAndADecisionNeedsASecondWorker() {
    Map<String, String> groups = userTaskGroups(model);
    assertThat(groups.values()).allMatch(g -> g.equals("jeugd-consulenten") || g.equals("jeugd-teamleiders"));
    assertThat(groups).containsOnlyKeys("verwijzingControleren", "spoedBeoordelen", "gesprekPlannen", "planVastleggen",
        "beschikkingOpstellen", "beschikkingGoedkeuren", "aanbiederToewijzen", "termijnBewaken", "termijnBewakenNaVerdaging", "afwijzingHeroverwegen");
    assertThat(groups).containsEntry("spoedBeoordelen", "jeugd-teamleiders").containsEntry("termijnBewaken", "jeugd-teamleiders")
        .containsEntry("termijnBewakenNaVerdaging", "jeugd-teamleiders").containsEntry("afwijzingHeroverwegen", "jeugd-teamleiders").containsEntry("beschikkingOpstellen", "jeugd-consulenten");
    UserTask goedkeuren = model.getModelElementById("beschikkingGoedkeuren");
    assertThat(headers(goedkeuren)).containsEntry("toegang.fourEyes", "beschikkingOpstellen");
  }

  @Test
  void theRouteSendsThePlanTheDecisionTheAssignmentAndTheExtension() {
    assertThat(letterTemplates(model)).containsExactlyInAnyOrder("jeugd-plan", "jeugd-beschikking", "toewijzing-jeugd", "verdaging-jeugd");
  }

  @Test
  void theExtensionLetterNamesTheReasonTheNewDateAndTheLaw() {
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/verdaging-jeugd.nl.md");
    assertThat(nl).contains("${verdagingReden}").contains("${nieuweBeschikkingDatum}").contains("4:14").contains("één keer");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/verdaging-jeugd.en.md");
    assertThat(en).contains("${verdagingReden}").contains("${nieuweBeschikkingDatum}").contains("4:14").contains("only once");
  }

  @Test
  void theDecisionLetterTellsTheFamilyHowToObject() {
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/jeugd-beschikking.nl.md");
    assertThat(nl).contains("bezwaar").contains("6 weken").contains("${caseId}");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/jeugd-beschikking.en.md");
    assertThat(en).contains("object").contains("6 weeks").contains("${caseId}");
  }

  @Test
  void theMeldingFormAsksWhoAsksAndLetsOnlyAYoungPersonOfTwelveOrOlderAskThemselves() {
    JsonNode form = WorkflowFiles.form("jeugd-melding");
    assertThat(keys(form)).containsExactly("namens", "namensNaam", "namensRelatie", "telefoon", "email", "voornaam", "achternaam",
        "geboortedatum", "bsn", "adres", "postcode", "woonplaats", "situatie", "netwerk", "veiligheid", "spoed",
        "clientondersteuning", "akkoord");
    assertThat(optionValues(JeugdDecisionsTest.findField(form, "namens"))).containsExactly("ouder", "zelf");
    JsonNode geboortedatum = JeugdDecisionsTest.findField(form, "geboortedatum").path("properties");
    assertThat(geboortedatum.path("validation").asText()).isEqualTo("past-date");
    assertThat(geboortedatum.path("minimumAge").asText()).isEqualTo("12");
    assertThat(geboortedatum.path("minimumAgeWhen").asText()).isEqualTo("=namens = \"zelf\"");
    assertThat(JeugdDecisionsTest.findField(form, "bsn").path("properties").path("validation").asText()).isEqualTo("bsn");
    assertThat(JeugdDecisionsTest.findField(form, "namensNaam").path("conditional").path("hide").asText()).isEqualTo("=namens = \"zelf\"");
    assertThat(JeugdDecisionsTest.findField(form, "clientondersteuning").path("description").asText()).contains("gratis");
    assertThat(form.get("components").get(0).path("text").asText()).contains("112").contains("Veilig Thuis").contains("0800 2000");
  }

  @Test
  void theReferralFormLeavesWhoReferredToTheLogin() {
    JsonNode form = WorkflowFiles.form("jeugd-verwijzing");
    assertThat(keys(form)).containsExactly("voornaam", "achternaam", "geboortedatum", "bsn", "adres", "postcode", "woonplaats",
        "telefoon", "jeugdhulpSoort", "verwijsreden", "spoed", "gezinGeinformeerd");
    assertThat(keys(form)).noneMatch(k -> k.startsWith("verwijzer") || k.toLowerCase().contains("agb"));
  }

  @Test
  void theCrisisAssessmentRecordsTheHandoverToVeiligThuis() {
    JsonNode form = WorkflowFiles.form("jeugd-spoed-beoordelen");
    assertThat(keys(form)).contains("veiligThuisOvergedragen", "veiligThuisDatum", "veiligThuisDoor", "spoedBesluit");
    assertThat(JeugdDecisionsTest.findField(form, "veiligThuisDatum").path("conditional").path("hide").asText())
        .isEqualTo("=veiligThuisOvergedragen != \"ja\"");
  }

  @Test
  void onlyTheFirstWarningOffersAnExtensionWithAReasonAndADateNotInThePast() {
    JsonNode first = WorkflowFiles.form("jeugd-termijn-bewaken");
    assertThat(keys(first)).containsExactly("actie", "verdagen", "verdagingReden", "nieuweBeschikkingDatum");
    assertThat(JeugdDecisionsTest.findField(first, "nieuweBeschikkingDatum").path("disallowPassedDates").asBoolean()).isTrue();
    assertThat(keys(WorkflowFiles.form("jeugd-termijn-na-verdaging"))).containsExactly("actie");
  }
}
