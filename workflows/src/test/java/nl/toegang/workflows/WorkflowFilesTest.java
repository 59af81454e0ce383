package nl.toegang.workflows;

import static nl.toegang.workflows.WorkflowFiles.allComponents;
import static nl.toegang.workflows.WorkflowFiles.component;
import static nl.toegang.workflows.WorkflowFiles.extension;
import static nl.toegang.workflows.WorkflowFiles.headers;
import static nl.toegang.workflows.WorkflowFiles.keys;
import static nl.toegang.workflows.WorkflowFiles.placeholders;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The model files fit together and fit what the platform runs; the parameterised checks cover every route. */
class WorkflowFilesTest {

  private static final List<String> START_VARIABLES = List.of("caseId", "wet", "meldingOntvangen", "deelVan", "vraag");
  // The front door only splits a question into parts; no law sets that a term, the parts have theirs.
  private static final Set<String> WITHOUT_LEGAL_TERM = Set.of(WorkflowFiles.BPMN_DIR + "/hulpvraag.bpmn");
  private static final Pattern INTAKE =
      Pattern.compile("^    ([\\w-]+):\\n      law: [\\w-]+\\n      start-message: ([\\w-]+)$", Pattern.MULTILINE);
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
  void theWmoTasksAreForTheWmoTeamAndTheTeamLeadsJudgeUrgencyAndWatchTheTerm() {
    Map<String, String> groups = WorkflowFiles.userTaskGroups(model);
    assertThat(groups).containsOnlyKeys("spoedBeoordelen", "gesprekPlannen", "verslagVastleggen", "termijnBewaken",
        "beschikkingOpstellen", "beschikkingGoedkeuren", "aanbiederToewijzen", "afwijzingHeroverwegen", "beslistermijnBewaken",
        "ingebrekestellingBehandelen");
    assertThat(groups).containsEntry("ingebrekestellingBehandelen", "wmo-teamleiders");
    assertThat(groups).containsEntry("spoedBeoordelen", "wmo-teamleiders").containsEntry("termijnBewaken", "wmo-teamleiders")
        .containsEntry("afwijzingHeroverwegen", "wmo-teamleiders").containsEntry("beslistermijnBewaken", "wmo-teamleiders");
  }

  /** Every route model in the folder, so that a new route is checked without a test of its own. */
  static List<String> models() {
    return WorkflowFiles.bpmnResources();
  }

  /** Every letter template in the folder, by the name the models use. */
  static List<String> letters() {
    return WorkflowFiles.letterResources().stream()
        .map(r -> WorkflowFiles.fileName(r).replaceFirst("\\.(nl|en)\\.md$", ""))
        .distinct()
        .toList();
  }

  @Test
  void theFolderHoldsEveryRoute() {
    assertThat(models()).extracting(WorkflowFiles::fileName).contains("wmo-route.bpmn", "jeugd-route.bpmn", "bijstand-route.bpmn",
        "bijzondere-bijstand-route.bpmn", "minima-route.bpmn", "schuldhulp-route.bpmn", "signaal-route.bpmn", "hulpvraag.bpmn",
        "plan-evaluatie.bpmn", "doorbraak.bpmn", "bezwaar.bpmn");
  }

  private static final Pattern TEAM_GROUP = Pattern.compile("=\\[\\s*team\\s*\\+\\s*\"-[a-z]+\"\\s*]");

  @ParameterizedTest
  @MethodSource("models")
  void userTasksAreJobBasedWithOneStaticGroupAnExistingFormAndADeadlineFromTheProcess(String resource) {
    BpmnModelInstance model = WorkflowFiles.bpmn(resource);
    Set<String> forms = new HashSet<>(WorkflowFiles.formResources().stream().map(WorkflowFiles::formIdOf).toList());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = resource + "#" + task.getId();
      assertThat(extension(task, ZeebeUserTask.class)).as(where).isNull();
      String candidateGroups = extension(task, ZeebeAssignmentDefinition.class).getCandidateGroups();
      // One static group, or the one expression ModelCheck allows: the coordinator's team (ADR 24).
      assertThat(candidateGroups).as(where).doesNotContain(",").isNotBlank()
          .satisfiesAnyOf(g -> assertThat(g).doesNotStartWith("="), g -> assertThat(g).matches(TEAM_GROUP));
      assertThat(forms).as(where).contains(extension(task, ZeebeFormDefinition.class).getFormId());
      ZeebeTaskSchedule schedule = extension(task, ZeebeTaskSchedule.class);
      if (schedule == null && WITHOUT_LEGAL_TERM.contains(resource)) {
        continue;
      }
      // A constant date would bypass the decision table that holds the legal terms.
      assertThat(schedule).as(where + " has a deadline").isNotNull();
      assertThat(schedule.getDueDate()).as(where).startsWith("=").doesNotContainPattern("\\d");
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void serviceTasksUseOnlyTheWorkersJobTypesWithTheirHeaders(String resource) {
    for (ServiceTask task : WorkflowFiles.bpmn(resource).getModelElementsByType(ServiceTask.class)) {
      String type = WorkflowFiles.jobType(task);
      assertThat(type).as(resource + "#" + task.getId()).isIn(RouteDriver.SERVICE_JOB_TYPES);
      if (REQUIRED_HEADER.containsKey(type)) {
        assertThat(headers(task)).as(resource + "#" + task.getId()).containsKey(REQUIRED_HEADER.get(type));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("letters")
  void everyLetterIsInDutchAndEnglishWithTheSamePlaceholders(String template) {
    Set<String> nl = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".nl.md"));
    Set<String> en = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".en.md"));
    assertThat(en.stream().map(p -> p.replaceFirst("En$", "")).toList()).as(template).containsExactlyInAnyOrderElementsOf(nl);
  }

  /**
   * A letter names only what the case has: the start variables, the answers of the route's task
   * forms and what the model maps; {@code melding.x} only answers every intake form of the route has.
   */
  @ParameterizedTest
  @MethodSource("models")
  void lettersTheModelSendsExistAndNameOnlyVariablesTheCaseHas(String resource) throws IOException {
    BpmnModelInstance model = WorkflowFiles.bpmn(resource);
    Set<String> taskKeys = taskKeys(model);
    Set<String> known = knownVariables(model);
    Set<String> meldingKeys;
    List<BpmnModelInstance> callers = callersOf(model);
    if (!callers.isEmpty()) {
      // A model the routes call (ondersteuning) sees what each calling route has: only what all of them have counts.
      Set<String> fromCallers = null;
      Set<String> meldingOfCallers = null;
      for (BpmnModelInstance caller : callers) {
        Set<String> callerKnown = knownVariables(caller);
        Set<String> callerMelding = intakeKeys(caller);
        if (fromCallers == null) {
          fromCallers = new HashSet<>(callerKnown);
          meldingOfCallers = new HashSet<>(callerMelding);
        } else {
          fromCallers.retainAll(callerKnown);
          meldingOfCallers.retainAll(callerMelding);
        }
      }
      known.addAll(fromCallers);
      meldingKeys = meldingOfCallers;
    } else {
      // Models no intake form starts (the plan review, the doorbraak) send no letters about a melding.
      meldingKeys = WorkflowFiles.letterTemplates(model).isEmpty() ? Set.of() : intakeKeys(model);
    }

    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      // A letter's details are answers a case worker gave in one of the route's tasks.
      if (WorkflowFiles.jobType(task).equals("toegang.letter") && headers(task).containsKey("details")) {
        assertThat(taskKeys).as(resource + "#" + task.getId()).containsAll(List.of(headers(task).get("details").split(",")));
      }
    }
    for (String template : WorkflowFiles.letterTemplates(model)) {
      assertThat(letters()).as(resource).contains(template);
      for (String language : List.of("nl", "en")) {
        String letter = WorkflowFiles.LETTERS_DIR + "/" + template + "." + language + ".md";
        for (String placeholder : placeholders(WorkflowFiles.text(letter))) {
          if (placeholder.startsWith("melding.")) {
            assertThat(meldingKeys).as(letter).contains(placeholder.substring("melding.".length()));
          } else {
            assertThat(known).as(letter).contains(placeholder);
          }
        }
      }
    }
  }

  private static Set<String> taskKeys(BpmnModelInstance model) {
    Set<String> taskKeys = new HashSet<>();
    model.getModelElementsByType(ZeebeFormDefinition.class).forEach(f -> taskKeys.addAll(keys(WorkflowFiles.form(f.getFormId()))));
    return taskKeys;
  }

  /** The start variables, the answers of the model's task forms and what the model maps. */
  private static Set<String> knownVariables(BpmnModelInstance model) {
    Set<String> known = new HashSet<>(taskKeys(model));
    known.addAll(START_VARIABLES);
    model.getModelElementsByType(ZeebeInput.class).forEach(input -> known.add(input.getTarget()));
    model.getModelElementsByType(ZeebeOutput.class).forEach(output -> known.add(output.getTarget()));
    return known;
  }

  /** The route models whose call activities call this model's process. */
  private static List<BpmnModelInstance> callersOf(BpmnModelInstance model) {
    Set<String> processIds = new HashSet<>();
    model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class).forEach(p -> processIds.add(p.getId()));
    return models().stream().map(WorkflowFiles::bpmn)
        .filter(other -> other.getModelElementsByType(ZeebeCalledElement.class).stream()
            .anyMatch(called -> processIds.contains(called.getProcessId())))
        .toList();
  }

  @Test
  void theRoutesThatGrantSupportKeepTheCaseOpenWhileItRuns() {
    for (String route : List.of("wmo-route", "jeugd-route")) {
      BpmnModelInstance model = WorkflowFiles.bpmn(WorkflowFiles.BPMN_DIR + "/" + route + ".bpmn");
      assertThat(model.getModelElementsByType(ZeebeCalledElement.class)).as(route)
          .extracting(ZeebeCalledElement::getProcessId).containsExactly("ondersteuning");
      // Closing as granted is left to ondersteuning, which does it only for support without an end date.
      assertThat(model.getModelElementsByType(ServiceTask.class)).as(route)
          .noneMatch(task -> "CLOSED_GRANTED".equals(headers(task).get("status")));
    }
  }

  /** The answers every intake form that starts this model has (application.yml, toegang.intake). */
  private static Set<String> intakeKeys(BpmnModelInstance model) throws IOException {
    String yml = Files.readString(Path.of("../functions/core/src/main/resources/application.yml"));
    int start = yml.indexOf("\n  intake:\n");
    Matcher end = Pattern.compile("\n  \\S").matcher(yml);
    String intake = yml.substring(start, end.find(start + 1) ? end.start() : yml.length());
    Set<String> keys = null;
    Matcher form = INTAKE.matcher(intake);
    while (form.find()) {
      if (WorkflowFiles.messages(model).contains(form.group(2))) {
        List<String> these = keys(WorkflowFiles.form(form.group(1)));
        if (keys == null) {
          keys = new HashSet<>(these);
        } else {
          keys.retainAll(these);
        }
      }
    }
    assertThat(keys).as("an intake form starts the model").isNotNull();
    return keys;
  }

  @Test
  void decisionLetterTellsTheResidentAboutObjectionAndOwnContribution() {
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/beschikking.nl.md");
    assertThat(nl).contains("bezwaar").contains("6 weken").contains("eigen bijdrage").contains("CAK");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/beschikking.en.md");
    assertThat(en).contains("object").contains("6 weeks").contains("contribution").contains("CAK");
  }
}
