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
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Jeugdwet route's model, forms and letters fit together and fit what the platform runs. */
class JeugdRouteFilesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final Map<String, String> REQUIRED_HEADER = Map.of(
      "toegang.case-status", "status",
      "toegang.letter", "template",
      "toegang.notify-resident", "message",
      "toegang.close-case", "status");

  private final BpmnModelInstance model = Bpmn.readModelFromStream(
      new ByteArrayInputStream(WorkflowFiles.text(JeugdRouteDriver.BPMN).getBytes(StandardCharsets.UTF_8)));

  @Test
  void theRouteStartsFromAMeldingOrAReferralAndEndsOnWithdrawal() {
    Set<String> messages = new TreeSet<>();
    model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
    assertThat(messages).containsExactly("aanvraag-ingetrokken", "jeugd-melding-ontvangen", "jeugd-verwijzing-ontvangen");
  }

  @Test
  void userTasksAreJobBasedForOneYouthTeamWithAFormThatExistsAndADeadlineFromTheProcess() {
    Set<String> forms = new HashSet<>(WorkflowFiles.formResources().stream().map(WorkflowFiles::formIdOf).toList());
    Map<String, String> groups = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(extension(task, ZeebeUserTask.class)).as(task.getId()).isNull();
      String group = extension(task, ZeebeAssignmentDefinition.class).getCandidateGroups();
      assertThat(group).as(task.getId()).isIn("jeugd-consulenten", "jeugd-teamleiders");
      assertThat(forms).as(task.getId()).contains(extension(task, ZeebeFormDefinition.class).getFormId());
      assertThat(extension(task, ZeebeTaskSchedule.class).getDueDate()).as(task.getId()).startsWith("=").doesNotContainPattern("\\d");
      groups.put(task.getId(), group);
    }
    assertThat(groups).containsOnlyKeys("verwijzingControleren", "spoedBeoordelen", "gesprekPlannen", "planVastleggen",
        "beschikkingOpstellen", "beschikkingGoedkeuren", "aanbiederToewijzen", "termijnBewaken", "termijnBewakenNaVerdaging", "afwijzingHeroverwegen");
    assertThat(groups).containsEntry("spoedBeoordelen", "jeugd-teamleiders").containsEntry("termijnBewaken", "jeugd-teamleiders")
        .containsEntry("termijnBewakenNaVerdaging", "jeugd-teamleiders").containsEntry("afwijzingHeroverwegen", "jeugd-teamleiders").containsEntry("beschikkingOpstellen", "jeugd-consulenten");
    UserTask goedkeuren = model.getModelElementById("beschikkingGoedkeuren");
    assertThat(headers(goedkeuren)).containsEntry("toegang.fourEyes", "beschikkingOpstellen");
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
  void everyLetterTheRouteSendsExistsInDutchAndEnglishWithPlaceholdersTheProcessFills() {
    Set<String> known = new HashSet<>(List.of("caseId", "wet", "meldingOntvangen"));
    model.getModelElementsByType(ZeebeFormDefinition.class).forEach(f -> known.addAll(keys(WorkflowFiles.form(f.getFormId()))));
    model.getModelElementsByType(ZeebeInput.class).forEach(input -> known.add(input.getTarget()));
    model.getModelElementsByType(ZeebeOutput.class).forEach(output -> known.add(output.getTarget()));
    // A letter may name the child only with keys both start forms have.
    Set<String> meldingKeys = new HashSet<>(keys(WorkflowFiles.form("jeugd-melding")));
    meldingKeys.retainAll(keys(WorkflowFiles.form("jeugd-verwijzing")));

    List<String> templates = new ArrayList<>();
    model.getModelElementsByType(ServiceTask.class).forEach(task -> {
      if (headers(task).containsKey("template")) {
        templates.add(headers(task).get("template"));
      }
    });
    assertThat(templates).containsExactlyInAnyOrder("jeugd-plan", "jeugd-beschikking", "toewijzing-jeugd", "verdaging-jeugd");
    for (String template : templates) {
      Set<String> nl = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".nl.txt"));
      Set<String> en = placeholders(WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/" + template + ".en.txt"));
      assertThat(nl).as(template).isNotEmpty();
      assertThat(en.stream().map(p -> p.replaceFirst("En$", "")).toList()).as(template).containsExactlyInAnyOrderElementsOf(nl);
      for (String placeholder : nl) {
        if (placeholder.startsWith("melding.")) {
          assertThat(meldingKeys).as(template).contains(placeholder.substring("melding.".length()));
        } else {
          assertThat(known).as(template).contains(placeholder);
        }
      }
    }
  }

  @Test
  void theExtensionLetterNamesTheReasonTheNewDateAndTheLaw() {
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/verdaging-jeugd.nl.txt");
    assertThat(nl).contains("${verdagingReden}").contains("${nieuweBeschikkingDatum}").contains("4:14").contains("één keer");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/verdaging-jeugd.en.txt");
    assertThat(en).contains("${verdagingReden}").contains("${nieuweBeschikkingDatum}").contains("4:14").contains("only once");
  }

  @Test
  void theDecisionLetterTellsTheFamilyHowToObject() {
    String nl = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/jeugd-beschikking.nl.txt");
    assertThat(nl).contains("bezwaar").contains("6 weken").contains("${caseId}");
    String en = WorkflowFiles.text(WorkflowFiles.LETTERS_DIR + "/jeugd-beschikking.en.txt");
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

  private static List<String> optionValues(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> keys(JsonNode formOrGroup) {
    List<String> keys = new ArrayList<>();
    for (JsonNode c : formOrGroup.path("components")) {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
      keys.addAll(keys(c));
    }
    return keys;
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
