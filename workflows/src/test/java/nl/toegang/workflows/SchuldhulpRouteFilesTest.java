package nl.toegang.workflows;

import static nl.toegang.workflows.WorkflowFiles.component;
import static nl.toegang.workflows.WorkflowFiles.keys;
import static nl.toegang.workflows.WorkflowFiles.letterTemplates;
import static nl.toegang.workflows.WorkflowFiles.messages;
import static nl.toegang.workflows.WorkflowFiles.optionValues;
import static nl.toegang.workflows.WorkflowFiles.serviceTaskTypes;
import static nl.toegang.workflows.WorkflowFiles.userTaskGroups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchuldhulpRouteFilesTest {

  private final BpmnModelInstance model = WorkflowFiles.bpmn(RouteDriver.SCHULDHULP_BPMN);

  @Test
  void everyUserTaskIsForTheDebtTeam() {
    assertThat(userTaskGroups(model)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "spoedGesprekPlannen", "schuldhulp-consulenten",
        "gesprekPlannen", "schuldhulp-consulenten",
        "gesprekVastleggen", "schuldhulp-consulenten",
        "termijnBewaken", "schuldhulp-teamleiders",
        "besluitOpstellen", "schuldhulp-consulenten",
        "afwijzingHeroverwegen", "schuldhulp-teamleiders",
        "beslistermijnBewaken", "schuldhulp-teamleiders"));
  }

  @Test
  void theRouteStartsFromTheRequestAndEndsOnWithdrawal() {
    assertThat(serviceTaskTypes(model)).contains("toegang.withdraw-case");
    assertThat(messages(model)).containsExactlyInAnyOrder("schuldhulp-verzoek-ontvangen", "aanvraag-ingetrokken");
  }

  @Test
  void theIntakeFormAsksForTheThreatsTheTermsTableKnows() {
    JsonNode form = WorkflowFiles.form("schuldhulp-verzoek");
    assertThat(keys(form)).contains("voornaam", "achternaam", "bsn", "schuldBedrag", "schuldeisers", "dreiging", "inkomenSoort",
        "inkomenPerMaand", "akkoord");
    assertThat(optionValues(component(form, "dreiging"))).containsExactly("huisuitzetting", "afsluiting", "zorgverzekering");
    String dmn = WorkflowFiles.text(WorkflowFiles.DMN_DIR + "/schuldhulp-termijnen.dmn");
    for (String value : optionValues(component(form, "dreiging"))) {
      assertThat(dmn).contains("\"" + value + "\"");
    }
    assertThat(component(form, "bsn").path("properties").path("validation").asText()).isEqualTo("bsn");
  }

  @Test
  void theDecisionLetterTellsHowToObject() {
    assertThat(letterTemplates(model)).contains("schuldhulp-besluit");
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/schuldhulp-besluit.nl.md");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/schuldhulp-besluit.en.md");
    assertThat(nl).contains("bezwaar", "6 weken", "${caseId}");
    assertThat(en).contains("object", "6 weeks", "${caseId}");
  }

  @Test
  void theIntakeIsConfiguredToStartThisProcessForTheDebtTeamsLaw() throws IOException {
    String yml = Files.readString(Path.of("../functions/core/src/main/resources/application.yml"));
    assertThat(yml).contains("""
            schuldhulp-verzoek:
              law: schuldhulp
              start-message: schuldhulp-verzoek-ontvangen
              reference-prefix: SHV
        """);
  }
}
