package nl.toegang.workflows;

import static nl.toegang.workflows.WorkflowFiles.component;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model, table, forms and letters of support that runs fit together and say what the law asks. */
class OndersteuningFilesTest {

  private final BpmnModelInstance model = WorkflowFiles.bpmn(RouteDriver.ONDERSTEUNING_BPMN);

  @Test
  void everyTaskGoesToTheConsultantsOfTheTeamTheRoutePasses() {
    Map<String, String> groups = WorkflowFiles.userTaskGroups(model);
    assertThat(groups).containsOnlyKeys("herindicatieBeoordelen", "herindicatieGoedkeuren", "overgangBespreken");
    assertThat(groups.values()).containsOnly("=[team + \"-consulenten\"]");
  }

  @Test
  void bothDecisionLettersTellHowToObjectInDutchAndEnglish() {
    for (String template : List.of("herindicatie-besluit", "hulp-stopt")) {
      String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".nl.md");
      String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".en.md");
      assertThat(nl).as(template).contains("bezwaar", "6 weken", "${caseId}", "${herindicatieMotivering}");
      assertThat(en).as(template).contains("object", "6 weeks", "${caseId}", "${herindicatieMotivering}");
    }
    assertThat(WorkflowFiles.letterTemplates(model)).containsExactlyInAnyOrder("herindicatie-besluit", "hulp-stopt");
  }

  /** A2: short sentences. The objection clause's list items are not sentences of their own. */
  @Test
  void theLettersUseShortSentences() {
    for (String template : List.of("herindicatie-besluit", "hulp-stopt")) {
      String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".nl.md");
      for (String line : nl.split("\n")) {
        if (line.startsWith("- ") || line.isBlank()) {
          continue;
        }
        for (String sentence : line.split("(?<=[.?!:])\\s+")) {
          long words = Arrays.stream(sentence.trim().split("\\s+")).filter(w -> !w.isBlank()).count();
          assertThat(words).as(template + ": " + sentence).isLessThanOrEqualTo(14);
        }
      }
    }
  }

  @Test
  void theReassessmentFormAsksTheOutcomeAndANewPeriodOnlyWhenTheSupportGoesOn() {
    JsonNode form = WorkflowFiles.form("herindicatie-beoordelen");
    assertThat(WorkflowFiles.optionValues(component(form, "herindicatieUitkomst")))
        .containsExactly("verlengen", "afschalen", "stoppen");
    for (String key : List.of("nieuweIngangsdatum", "nieuweEinddatum", "nieuweOmvang")) {
      assertThat(component(form, key).path("conditional").path("hide").asText()).as(key)
          .isEqualTo("=herindicatieUitkomst = \"stoppen\"");
      assertThat(component(form, key).path("validate").path("required").asBoolean()).as(key).isTrue();
    }
    assertThat(component(form, "nieuweEinddatum").path("properties").path("notBefore").asText()).isEqualTo("nieuweIngangsdatum");
    for (String key : List.of("einddatum", "omvang", "herindicatieOpmerking")) {
      assertThat(component(form, key).path("readonly").asBoolean()).as(key + " is shown, not asked").isTrue();
    }
  }

  @Test
  void everyRowOfTheTableSaysWhereItComesFrom() {
    String dmn = WorkflowFiles.text(WorkflowFiles.DMN_DIR + "/herindicatie-termijnen.dmn");
    List<String> rows = Arrays.stream(dmn.split("<rule ")).skip(1).toList();
    assertThat(rows).hasSize(2);
    for (String row : rows) {
      String description = row.substring(row.indexOf("<description>") + 13, row.indexOf("</description>"));
      assertThat(description).containsAnyOf("art.", "beleid");
    }
  }
}
