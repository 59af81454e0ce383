package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BpmnModelElementInstance;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WorkflowFilesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final Map<String, String> REQUIRED_HEADER =
      Map.of(
          "toegang.case-status", "status",
          "toegang.letter", "template",
          "toegang.notify-resident", "message",
          "toegang.close-case", "status");

  private final BpmnModelInstance model = WorkflowFiles.bpmn();

  @Test
  void everyFormIsCamundaFormJsonNamedAfterItsFile() {
    List<String> forms = WorkflowFiles.formResources();
    assertThat(forms).extracting(WorkflowFiles::formIdOf)
        .contains("wmo-melding", "wmo-aanvraag", "spoed-beoordelen", "gesprek-plannen", "verslag-vastleggen",
            "termijn-bewaken", "beschikking-opstellen", "beschikking-goedkeuren", "aanbieder-toewijzen");
    for (String resource : forms) {
      JsonNode form = WorkflowFiles.json(resource);
      assertThat(form.path("id").asText()).as(resource).isEqualTo(WorkflowFiles.formIdOf(resource));
      assertThat(form.path("type").asText()).as(resource).isEqualTo("default");
      assertThat(form.path("schemaVersion").asInt()).as(resource).isEqualTo(16);
      assertThat(form.path("components").isArray()).as(resource).isTrue();
    }
  }

  @Test
  void everyDutchTextInAFormHasAnEnglishTranslation() {
    Set<String> supported = Set.of("textfield", "textarea", "number", "datetime", "select", "radio", "checkbox", "checklist", "text",
        "group");
    for (String resource : WorkflowFiles.formResources()) {
      for (JsonNode c : allComponents(WorkflowFiles.json(resource))) {
        String where = resource + "#" + c.path("key").asText(c.path("id").asText());
        JsonNode props = c.path("properties");
        assertThat(c.path("type").asText()).as(where).isIn(supported);
        if (c.path("type").asText().equals("group")) {
          // A group is a step of the form (ADR form steps): its label is the step's heading.
          assertThat(c.path("label").asText()).as(where).isNotBlank();
          assertThat(props.path("label_en").asText()).as(where).isNotBlank();
          continue;
        }
        if (c.path("type").asText().equals("text")) {
          assertThat(props.path("text_en").asText()).as(where).isNotBlank();
          continue;
        }
        assertThat(c.path("key").asText()).as(where).isNotBlank();
        assertThat(c.path("label").asText()).as(where).isNotBlank();
        assertThat(c.has("validate")).as(where).isTrue();
        assertThat(props.path("label_en").asText()).as(where).isNotBlank();
        if (c.has("description")) {
          assertThat(props.path("description_en").asText()).as(where).isNotBlank();
        }
        for (JsonNode option : c.path("values")) {
          assertThat(props.path("option_en:" + option.path("value").asText()).asText()).as(where + " option " + option).isNotBlank();
        }
        if (c.path("type").asText().equals("datetime")) {
          assertThat(c.path("subtype").asText()).as(where).isEqualTo("date");
        }
      }
    }
  }

  @Test
  void residentMeldingFormAsksWhatTheArchitectureNamesAndMentionsFreeClientSupport() {
    JsonNode form = WorkflowFiles.form("wmo-melding");
    List<String> keys = keys(form);
    assertThat(keys).containsExactly("voornaam", "achternaam", "bsn", "geboortedatum", "adres", "postcode", "woonplaats",
        "telefoon", "email", "namens", "namensNaam", "namensRelatie", "hulpvragen", "situatie", "netwerk", "spoed",
        "clientondersteuning", "akkoord");
    JsonNode support = component(form, "clientondersteuning");
    assertThat(support.path("description").asText()).contains("onafhankelijke cliëntondersteuner").contains("gratis");
    assertThat(support.path("properties").path("description_en").asText()).contains("free");
    assertThat(component(form, "bsn").path("properties").path("validation").asText()).isEqualTo("bsn");
    assertThat(component(form, "postcode").path("properties").path("validation").asText()).isEqualTo("postcode");
    assertThat(component(form, "akkoord").path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void residentMeldingFormIsSplitIntoStepsByItsTopLevelGroups() {
    JsonNode form = WorkflowFiles.form("wmo-melding");
    List<String> groups = new ArrayList<>();
    for (JsonNode c : form.get("components")) {
      if (c.path("type").asText().equals("group")) {
        groups.add(c.path("label").asText());
      } else {
        assertThat(c.path("type").asText()).as("only text may stand outside the steps").isEqualTo("text");
      }
    }
    assertThat(groups).containsExactly("Over de persoon die hulp nodig heeft", "Voor wie is de hulp?", "Uw vraag",
        "Hulp bij het gesprek");
  }

  @Test
  void providerSelectTakesItsOptionsFromTheDecision() {
    JsonNode select = component(WorkflowFiles.form("aanbieder-toewijzen"), "aanbieder");
    assertThat(select.path("type").asText()).isEqualTo("select");
    assertThat(select.path("valuesKey").asText()).isEqualTo("aanbieders");
    assertThat(select.path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void everyFormTheProcessLinksExists() {
    Set<String> forms = new HashSet<>(WorkflowFiles.formResources().stream().map(WorkflowFiles::formIdOf).toList());
    List<String> linked = model.getModelElementsByType(ZeebeFormDefinition.class).stream().map(ZeebeFormDefinition::getFormId).toList();
    assertThat(linked).hasSize(model.getModelElementsByType(UserTask.class).size());
    assertThat(forms).containsAll(linked);
  }

  @Test
  void userTasksAreJobBasedWithOneGroupAFormAndADeadlineFromTheProcess() {
    Map<String, String> groups = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(extension(task, ZeebeUserTask.class)).as(task.getId()).isNull();
      String candidateGroups = extension(task, ZeebeAssignmentDefinition.class).getCandidateGroups();
      assertThat(candidateGroups).as(task.getId()).doesNotContain(",").isNotBlank();
      assertThat(extension(task, ZeebeFormDefinition.class).getFormId()).as(task.getId()).isNotBlank();
      // A constant date would bypass the decision table that holds the legal terms.
      assertThat(extension(task, ZeebeTaskSchedule.class).getDueDate()).as(task.getId()).startsWith("=").doesNotContainPattern("\\d");
      groups.put(task.getId(), candidateGroups);
    }
    assertThat(groups).containsOnlyKeys("spoedBeoordelen", "gesprekPlannen", "verslagVastleggen", "termijnBewaken",
        "beschikkingOpstellen", "beschikkingGoedkeuren", "aanbiederToewijzen", "afwijzingHeroverwegen", "beslistermijnBewaken");
    assertThat(groups).containsEntry("spoedBeoordelen", "wmo-teamleiders").containsEntry("termijnBewaken", "wmo-teamleiders")
        .containsEntry("afwijzingHeroverwegen", "wmo-teamleiders").containsEntry("beslistermijnBewaken", "wmo-teamleiders");
  }

  @Test
  void serviceTasksUseOnlyTheWorkersJobTypesWithTheirHeaders() {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String type = extension(task, ZeebeTaskDefinition.class).getType();
      assertThat(type).as(task.getId()).isIn(WmoRouteDriver.SERVICE_JOB_TYPES);
      if (REQUIRED_HEADER.containsKey(type)) {
        assertThat(headers(task)).as(task.getId()).containsKey(REQUIRED_HEADER.get(type));
      }
    }
  }

  @Test
  void lettersExistInDutchAndEnglishWithTheSamePlaceholders() {
    for (String template : List.of("advies", "beschikking", "verslag", "toewijzing")) {
      Set<String> nl = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".nl.txt"));
      Set<String> en = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".en.txt"));
      assertThat(nl).as(template).isNotEmpty();
      assertThat(en.stream().map(p -> p.replaceFirst("En$", "")).toList()).as(template).containsExactlyInAnyOrderElementsOf(nl);
    }
  }

  @Test
  void letterPlaceholdersAreVariablesTheProcessActuallyHas() {
    Set<String> known = new HashSet<>(List.of("caseId", "wet", "meldingOntvangen"));
    for (String form : List.of("gesprek-plannen", "verslag-vastleggen", "beschikking-opstellen", "aanbieder-toewijzen",
        "vraag-verdelen")) {
      known.addAll(keys(WorkflowFiles.form(form)));
    }
    model.getModelElementsByType(ZeebeInput.class).forEach(input -> known.add(input.getTarget()));
    Set<String> meldingKeys = new HashSet<>(keys(WorkflowFiles.form("wmo-melding")));

    // Each route checks its own letters against its own variables (e.g. JeugdRouteFilesTest).
    Set<String> templates = new HashSet<>();
    model.getModelElementsByType(ServiceTask.class).forEach(task -> {
      if (headers(task).containsKey("template")) {
        templates.add(headers(task).get("template"));
      }
    });
    for (String letter : WorkflowFiles.letterResources()) {
      if (!templates.contains(WorkflowFiles.fileName(letter).replaceFirst("\\.(nl|en)\\.txt$", ""))) {
        continue;
      }
      for (String placeholder : placeholders(WorkflowFiles.text(letter))) {
        if (placeholder.startsWith("melding.")) {
          assertThat(meldingKeys).as(letter).contains(placeholder.substring("melding.".length()));
        } else {
          assertThat(known).as(letter).contains(placeholder);
        }
      }
    }
  }

  @Test
  void decisionLetterTellsTheResidentAboutObjectionAndOwnContribution() {
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/beschikking.nl.txt");
    assertThat(nl).contains("bezwaar").contains("6 weken").contains("eigen bijdrage").contains("CAK");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/beschikking.en.txt");
    assertThat(en).contains("object").contains("6 weeks").contains("contribution").contains("CAK");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    allComponents(form).forEach(c -> {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }

  /** Every component in form order, also those inside groups. */
  private static List<JsonNode> allComponents(JsonNode formOrGroup) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : formOrGroup.path("components")) {
      all.add(c);
      all.addAll(allComponents(c));
    }
    return all;
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode c : allComponents(form)) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    throw new AssertionError("no component " + key);
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
