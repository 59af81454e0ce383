package nl.toegang.workflows;

import static nl.toegang.workflows.WorkflowFiles.component;
import static nl.toegang.workflows.WorkflowFiles.headers;
import static nl.toegang.workflows.WorkflowFiles.optionValues;
import static nl.toegang.workflows.WorkflowFiles.userTaskGroups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Participatiewet models against what the platform runs, and their forms and letters against the models. */
class ParticipatiewetFilesTest {

  private static final List<String> INTAKE_FORMS = List.of("bijstand-aanvraag", "bijzondere-bijstand-aanvraag", "minima-aanvraag");

  private static BpmnModelInstance model(String file) {
    return WorkflowFiles.bpmn(WorkflowFiles.BPMN_DIR + "/" + file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bijstand-route.bpmn", "bijzondere-bijstand-route.bpmn", "minima-route.bpmn"})
  void theTasksAreForTheIncomeTeam(String file) {
    assertThat(userTaskGroups(model(file)).values()).as(file).isNotEmpty()
        .allMatch(g -> g.equals("inkomen-consulenten") || g.equals("inkomen-teamleiders"));
  }

  @Test
  void theIntakeFormsAnswerHouseholdAndIncomeInTheCodesTheMinimaTableReads() {
    for (String intake : INTAKE_FORMS) {
      JsonNode form = WorkflowFiles.form(intake);
      assertThat(options(form, "huishouden")).as(intake)
          .containsExactly("alleenstaand", "alleenstaande-ouder", "samen", "samen-kinderen");
      assertThat(component(form, "inkomenPerMaand").path("type").asText()).as(intake).isEqualTo("number");
      assertThat(component(form, "bsn").path("properties").path("validation").asText()).as(intake).isEqualTo("bsn");
      assertThat(component(form, "akkoord").path("validate").path("required").asBoolean()).as(intake).isTrue();
    }
    assertThat(options(WorkflowFiles.form("minima-beoordelen"), "regelingen"))
        .containsExactlyInAnyOrderElementsOf(options(WorkflowFiles.form("minima-aanvraag"), "regelingenGevraagd"));
  }

  @Test
  void theBijstandFormListsTheDocumentsAndAsksHowTheyWillBeHandedIn() {
    JsonNode form = WorkflowFiles.form("bijstand-aanvraag");
    String all = form.toString();
    assertThat(all).contains("bankafschriften").contains("huurcontract").contains("loonstroken").contains("ID-kaart");
    assertThat(options(form, "stukkenAanleveren")).isNotEmpty();
    assertThat(options(WorkflowFiles.form("stukken-ontvangen"), "stukkenBinnen"))
        .contains("identiteitsbewijs", "bankafschriften", "huurcontract", "inkomen");
  }

  @Test
  void theApprovalOfABijstandDecisionNeedsAnotherWorker() {
    UserTask approval = model("bijstand-route.bpmn").getModelElementById("beschikkingGoedkeuren");
    assertThat(headers(approval)).containsEntry("toegang.fourEyes", "beschikkingOpstellen");
  }

  private static List<String> options(JsonNode form, String key) {
    return optionValues(component(form, key));
  }
}
