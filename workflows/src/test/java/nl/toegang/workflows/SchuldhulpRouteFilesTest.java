package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchuldhulpRouteFilesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private final BpmnModelInstance model = model(SchuldhulpSignaalDriver.SCHULDHULP_BPMN);

  @Test
  void everyUserTaskIsForTheDebtTeamWithAnExistingFormAndADeadlineFromTheTermsTable() {
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
  void serviceTasksUseOnlyTheWorkersJobTypes() {
    assertThat(serviceTaskTypes(model)).isSubsetOf(WmoRouteDriver.SERVICE_JOB_TYPES).contains("toegang.withdraw-case");
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
  void theDecisionLetterIsInDutchAndEnglishWithOnlyPlaceholdersTheCaseHasAndTellsHowToObject() {
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/schuldhulp-besluit.nl.txt");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/schuldhulp-besluit.en.txt");
    assertThat(placeholders(en).stream().map(p -> p.replaceFirst("En$", "")).toList())
        .containsExactlyInAnyOrderElementsOf(placeholders(nl));

    Set<String> known = new HashSet<>(List.of("caseId"));
    known.addAll(keys(WorkflowFiles.form("schuldhulp-besluit-opstellen")));
    model.getModelElementsByType(ZeebeInput.class).forEach(input -> known.add(input.getTarget()));
    List<String> meldingKeys = keys(WorkflowFiles.form("schuldhulp-verzoek"));
    for (String placeholder : placeholders(nl + en)) {
      if (placeholder.startsWith("melding.")) {
        assertThat(meldingKeys).contains(placeholder.substring("melding.".length()));
      } else {
        assertThat(known).contains(placeholder);
      }
    }
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

  static BpmnModelInstance model(String resource) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(WorkflowFiles.text(resource).getBytes(StandardCharsets.UTF_8)));
  }

  /** Checks what the platform's ModelCheck and WorkflowFilesTest check, for one model, and gives task id to group. */
  static Map<String, String> userTaskGroups(BpmnModelInstance model) {
    Set<String> forms = new HashSet<>(WorkflowFiles.formResources().stream().map(WorkflowFiles::formIdOf).toList());
    Map<String, String> groups = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String candidateGroups = extension(task, ZeebeAssignmentDefinition.class).getCandidateGroups();
      assertThat(candidateGroups).as(task.getId()).doesNotContain(",").doesNotStartWith("=").isNotBlank();
      assertThat(forms).as(task.getId()).contains(extension(task, ZeebeFormDefinition.class).getFormId());
      assertThat(extension(task, ZeebeTaskSchedule.class).getDueDate()).as(task.getId()).startsWith("=").doesNotContainPattern("\\d");
      groups.put(task.getId(), candidateGroups);
    }
    return groups;
  }

  static List<String> serviceTaskTypes(BpmnModelInstance model) {
    List<String> types = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String type = extension(task, ZeebeTaskDefinition.class).getType();
      if (!type.equals("toegang.withdraw-case")) {
        String header = type.equals("toegang.letter") ? "template" : type.equals("toegang.notify-resident") ? "message" : "status";
        assertThat(headers(task)).as(task.getId()).containsKey(header);
      }
      types.add(type);
    }
    return types;
  }

  static List<String> messages(BpmnModelInstance model) {
    return model.getModelElementsByType(Message.class).stream().map(Message::getName).toList();
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    allComponents(form).forEach(c -> {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }

  static List<String> optionValues(JsonNode component) {
    List<String> values = new ArrayList<>();
    component.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  static JsonNode component(JsonNode form, String key) {
    return allComponents(form).stream().filter(c -> key.equals(c.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no component " + key));
  }

  private static List<JsonNode> allComponents(JsonNode formOrGroup) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : formOrGroup.path("components")) {
      all.add(c);
      all.addAll(allComponents(c));
    }
    return all;
  }

  private static <T extends BpmnModelElementInstance> T extension(BaseElement element, Class<T> type) {
    return element.getExtensionElements().getElementsQuery().filterByType(type).list().stream().findFirst().orElse(null);
  }

  static Map<String, String> headers(BaseElement element) {
    Map<String, String> headers = new HashMap<>();
    element.getExtensionElements().getElementsQuery().filterByType(ZeebeTaskHeaders.class).list()
        .forEach(h -> h.getHeaders().forEach((ZeebeHeader header) -> headers.put(header.getKey(), header.getValue())));
    return headers;
  }
}
