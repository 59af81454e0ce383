package nl.toegang.workflows;

import static nl.toegang.workflows.WorkflowFiles.component;
import static nl.toegang.workflows.WorkflowFiles.keys;
import static nl.toegang.workflows.WorkflowFiles.messages;
import static nl.toegang.workflows.WorkflowFiles.optionValues;
import static nl.toegang.workflows.WorkflowFiles.serviceTaskTypes;
import static nl.toegang.workflows.WorkflowFiles.userTaskGroups;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignaalRouteFilesTest {

  private final BpmnModelInstance model = WorkflowFiles.bpmn(RouteDriver.SIGNAAL_BPMN);

  @Test
  void theSignallerNeverHearsFromTheCaseNoLetterNoResidentMessageAndTheModelSaysWhy() {
    assertThat(serviceTaskTypes(model))
        .doesNotContain("toegang.notify-resident", "toegang.letter", "toegang.withdraw-case");
    String why = model.getModelElementsByType(Process.class).iterator().next().getDocumentations().iterator().next().getTextContent();
    assertThat(why).contains("toegang.notify-resident", "melder mag niet zien");
    assertThat(messages(model)).containsExactly("signaal-ontvangen");
  }

  @Test
  void crisisGoesToTheTeamLeadsAndContactToTheConsultants() {
    assertThat(userTaskGroups(model)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "crisisBeoordelen", "signalen-teamleiders",
        "contactOpnemen", "signalen-consulenten",
        "opvolgingBewaken", "signalen-teamleiders"));
  }

  @Test
  void everySourceOnTheFormHasItsOwnRowOrFallsToTheCatchAll() {
    JsonNode form = WorkflowFiles.form("signaal");
    String dmn = WorkflowFiles.text(WorkflowFiles.DMN_DIR + "/signaal-opvolging.dmn");
    for (String bron : optionValues(component(form, "bron"))) {
      if (!bron.equals("anders")) {
        assertThat(dmn).as(bron).contains("\"" + bron + "\"");
      }
    }
    assertThat(keys(form)).contains("bron", "voornaam", "achternaam", "bsn", "geboortedatum", "adres", "zorg", "achterstandBedrag",
        "achterstandMaanden", "spoed", "persoonWeetHet");
    assertThat(component(form, "bsn").path("validate").path("required").asBoolean()).isFalse();
  }

  @Test
  void theHandoverAndTheOutcomeAreRecordedInTheTaskForms() {
    assertThat(keys(WorkflowFiles.form("signaal-crisis-beoordelen")))
        .containsExactly("overgedragen", "overdrachtDatum", "overdrachtTijd", "contactpersoonVeiligThuis", "redenGeenOverdracht");
    assertThat(optionValues(component(WorkflowFiles.form("signaal-contact-opnemen"), "uitkomst")))
        .containsExactly("hulp-aangenomen", "hulp-niet-gewild", "niet-bereikt", "al-in-beeld");
  }

  @Test
  void theIntakeIsConfiguredToStartThisProcess() throws IOException {
    String yml = Files.readString(Path.of("../functions/core/src/main/resources/application.yml"));
    assertThat(yml).contains("""
            signaal:
              law: signaal
              start-message: signaal-ontvangen
              reference-prefix: SIG
        """);
  }
}
