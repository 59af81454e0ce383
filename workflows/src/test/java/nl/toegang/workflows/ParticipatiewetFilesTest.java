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
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Participatiewet models against what the platform runs, and their forms and letters against the models. */
class ParticipatiewetFilesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final Map<String, String> INTAKE_OF_MESSAGE = Map.of(
      "bijstand-aanvraag-ontvangen", "bijstand-aanvraag",
      "bijzondere-bijstand-aanvraag-ontvangen", "bijzondere-bijstand-aanvraag",
      "minima-aanvraag-ontvangen", "minima-aanvraag");

  private static BpmnModelInstance model(String file) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(
        WorkflowFiles.text("workflows/bpmn/" + file).getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bijstand-route.bpmn", "bijzondere-bijstand-route.bpmn", "minima-route.bpmn"})
  void userTasksAreJobBasedForOneIncomeTeamWithAnExistingFormAndADeadlineFromTheProcess(String file) {
    BpmnModelInstance model = model(file);
    Set<String> forms = new HashSet<>(WorkflowFiles.formResources().stream().map(WorkflowFiles::formIdOf).toList());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(extension(task, ZeebeUserTask.class)).as(task.getId()).isNull();
      assertThat(extension(task, ZeebeAssignmentDefinition.class).getCandidateGroups()).as(task.getId())
          .isIn("inkomen-consulenten", "inkomen-teamleiders");
      assertThat(forms).as(task.getId()).contains(extension(task, ZeebeFormDefinition.class).getFormId());
      assertThat(extension(task, ZeebeTaskSchedule.class).getDueDate()).as(task.getId()).startsWith("=").doesNotContainPattern("\\d");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bijstand-route.bpmn", "bijzondere-bijstand-route.bpmn", "minima-route.bpmn"})
  void serviceTasksUseOnlyTheWorkersJobTypesAndLettersExistInBothLanguages(String file) {
    for (ServiceTask task : model(file).getModelElementsByType(ServiceTask.class)) {
      String type = extension(task, ZeebeTaskDefinition.class).getType();
      assertThat(type).as(task.getId()).isIn(RouteDriver.SERVICE_JOB_TYPES);
      if (type.equals("toegang.letter")) {
        String template = headers(task).get("template");
        Set<String> nl = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".nl.txt"));
        Set<String> en = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".en.txt"));
        assertThat(en.stream().map(p -> p.replaceFirst("En$", "")).toList()).as(template).containsExactlyInAnyOrderElementsOf(nl);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bijstand-route.bpmn", "bijzondere-bijstand-route.bpmn", "minima-route.bpmn"})
  void lettersNameOnlyWhatTheCaseHasAndDetailsOnlyAnswersFromTheRoutesForms(String file) {
    BpmnModelInstance model = model(file);
    Set<String> taskKeys = new HashSet<>();
    model.getModelElementsByType(ZeebeFormDefinition.class).forEach(f -> taskKeys.addAll(keys(WorkflowFiles.form(f.getFormId()))));
    Set<String> known = new HashSet<>(taskKeys);
    known.addAll(List.of("caseId", "wet", "meldingOntvangen"));
    model.getModelElementsByType(ZeebeInput.class).forEach(input -> known.add(input.getTarget()));
    Set<String> intakeKeys = new HashSet<>(keys(WorkflowFiles.form(intakeFormOf(model))));

    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      Map<String, String> headers = headers(task);
      if (!"toegang.letter".equals(extension(task, ZeebeTaskDefinition.class).getType())) {
        continue;
      }
      for (String language : List.of("nl", "en")) {
        String letter = WorkflowFiles.LETTERS_DIR + "/" + headers.get("template") + "." + language + ".txt";
        for (String placeholder : placeholders(WorkflowFiles.text(letter))) {
          if (placeholder.startsWith("melding.")) {
            assertThat(intakeKeys).as(letter).contains(placeholder.substring("melding.".length()));
          } else {
            assertThat(known).as(letter).contains(placeholder);
          }
        }
      }
      if (headers.containsKey("details")) {
        assertThat(taskKeys).as(task.getId()).containsAll(List.of(headers.get("details").split(",")));
      }
    }
  }

  @Test
  void theIntakeFormsAnswerHouseholdAndIncomeInTheCodesTheMinimaTableReads() {
    for (String intake : INTAKE_OF_MESSAGE.values()) {
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

  private static String intakeFormOf(BpmnModelInstance model) {
    for (Message message : model.getModelElementsByType(Message.class)) {
      if (INTAKE_OF_MESSAGE.containsKey(message.getName())) {
        return INTAKE_OF_MESSAGE.get(message.getName());
      }
    }
    throw new AssertionError("no intake message");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> options(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    component(form, key).path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  private static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    all(form).forEach(c -> {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }

  private static List<JsonNode> all(JsonNode formOrGroup) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : formOrGroup.path("components")) {
      all.add(c);
      all.addAll(all(c));
    }
    return all;
  }

  private static JsonNode component(JsonNode form, String key) {
    return all(form).stream().filter(c -> key.equals(c.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no component " + key));
  }

  private static <T extends BpmnModelElementInstance> T extension(BaseElement element, Class<T> type) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(type).list().stream().findFirst().orElse(null);
  }

  private static Map<String, String> headers(BaseElement element) {
    Map<String, String> headers = new HashMap<>();
    element.getExtensionElements().getElementsQuery().filterByType(ZeebeTaskHeaders.class).list()
        .forEach(h -> h.getHeaders().forEach((ZeebeHeader header) -> headers.put(header.getKey(), header.getValue())));
    return headers;
  }
}
