package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class JeugdDecisionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.JEUGD);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void urgencyOrAnUnsafeHomeSendsTheMeldingToTheCrisisAssessment() {
    assertThat(triage("ja", "veilig")).isEqualTo("crisis");
    assertThat(triage("ja", null)).isEqualTo("crisis");
    assertThat(triage("nee", "onveilig")).isEqualTo("crisis");
    assertThat(triage(null, "onveilig")).isEqualTo("crisis");
  }

  @Test
  void everyOtherMeldingIsInvestigatedAlsoWithoutAnswers() {
    assertThat(triage("nee", "veilig")).isEqualTo("onderzoek");
    assertThat(triage("nee", "weet-niet")).isEqualTo("onderzoek");
    assertThat(triage(null, null)).isEqualTo("onderzoek");
    assertThat(evaluate("jeugd-triage", Map.of("melding", Map.of())).asText()).isEqualTo("onderzoek");
  }

  @Test
  void theYouthActUsesTheGeneralEightWeekTermWithAWarningAWeekBefore() {
    JsonNode terms = evaluate("wettelijke-termijnen", Map.of("wet", "jeugdwet"));
    assertThat(Period.parse(terms.get("beschikkingTermijn").asText())).isEqualTo(Period.ofWeeks(8));
    assertThat(Period.parse(terms.get("escalatieMarge").asText())).isEqualTo(Period.ofWeeks(1));
    assertThat(Period.parse(terms.get("spoedTermijn").asText())).isEqualTo(Period.ofDays(1));
    String table = WorkflowFiles.text(WorkflowFiles.DMN_DIR + "/wettelijke-termijnen.dmn");
    String row = table.substring(table.indexOf("<rule id=\"Rule_jeugdwet\">"), table.indexOf("</rule>", table.indexOf("Rule_jeugdwet")));
    assertThat(row).contains("art. 4:13").contains("art. 4:14 lid 3").contains("8 weken");
  }

  @Test
  void everyKindOfYouthCareHasTwoOrThreeContractedProvidersAndANameForTheLetter() {
    List<String> products = options("jeugd-beschikking-opstellen", "product");
    assertThat(products).containsExactly("ambulante-jeugdhulp", "jeugd-ggz", "dagbehandeling", "pleegzorg", "verblijf");
    assertThat(options("jeugd-verwijzing", "jeugdhulpSoort")).isEqualTo(products);

    for (String product : products) {
      JsonNode result = evaluate("jeugdhulp-aanbieders", Map.of("product", product));
      JsonNode aanbieders = result.get("aanbieders");
      assertThat(aanbieders.size()).as(product).isBetween(2, 3);
      List<String> values = new ArrayList<>();
      aanbieders.forEach(a -> {
        assertThat(a.path("label").asText()).as(product).isNotBlank();
        assertThat(a.path("value").asText()).as(product).matches("[a-z0-9-]+");
        values.add(a.get("value").asText());
      });
      assertThat(values).as(product).doesNotHaveDuplicates();
      assertThat(result.path("productNaam").asText()).as(product).isNotBlank();
      assertThat(result.path("productNaamEn").asText()).as(product).isNotBlank().isNotEqualTo(result.path("productNaam").asText());
    }
  }

  static List<Map<String, String>> contracted(RouteDriver route, String product) {
    String output = route.client().newEvaluateDecisionCommand().decisionId("jeugdhulp-aanbieders")
        .variables(Map.of("product", product)).send().join().getDecisionOutput();
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) RouteDriver.readJson(output);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> aanbieders = (List<Map<String, String>>) result.get("aanbieders");
    return aanbieders;
  }

  private static List<String> options(String formId, String key) {
    List<String> values = new ArrayList<>();
    findField(WorkflowFiles.form(formId), key).get("values").forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  static JsonNode findField(JsonNode node, String key) {
    for (JsonNode c : node.path("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
      JsonNode inner = findField(c, key);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private String triage(String spoed, String veiligheid) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("spoed", spoed);
    melding.put("veiligheid", veiligheid);
    return evaluate("jeugd-triage", Map.of("melding", melding)).asText();
  }

  private JsonNode evaluate(String decisionId, Map<String, Object> variables) {
    var response = route.client().newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join();
    assertThat(response.getFailureMessage()).as(decisionId).isNullOrEmpty();
    try {
      return JSON.readTree(response.getDecisionOutput());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
