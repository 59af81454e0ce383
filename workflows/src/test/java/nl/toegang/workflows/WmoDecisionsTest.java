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
class WmoDecisionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.WMO);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void triageSendsUrgentMeldingenToTheCrisisRouteWhateverTheyAskFor() {
    assertThat(triage("ja", List.of("huishouden"))).isEqualTo("crisis");
    assertThat(triage("ja", List.of("contact"))).isEqualTo("crisis");
    assertThat(triage("ja", null)).isEqualTo("crisis");
  }

  @Test
  void triageSendsOnlyContactAndMealQuestionsToAGeneralProvision() {
    assertThat(triage("nee", List.of("contact"))).isEqualTo("algemene-voorziening");
    assertThat(triage("nee", List.of("maaltijden"))).isEqualTo("algemene-voorziening");
    assertThat(triage("nee", List.of("contact", "maaltijden"))).isEqualTo("algemene-voorziening");
    assertThat(triage("nee", List.of("contact", "huishouden"))).isEqualTo("maatwerk");
  }

  @Test
  void triageNeverDropsAResidentWhoDidNotSayWhatTheyNeed() {
    assertThat(triage("nee", List.of())).isEqualTo("maatwerk");
    assertThat(triage("nee", null)).isEqualTo("maatwerk");
    assertThat(triage(null, null)).isEqualTo("maatwerk");
  }

  @Test
  void wmoTermsFollowTheLaw() {
    JsonNode wmo = termijnen("wmo");
    assertThat(Period.parse(wmo.get("onderzoekTermijn").asText())).isEqualTo(Period.ofWeeks(6));
    assertThat(Period.parse(wmo.get("beschikkingTermijn").asText())).isEqualTo(Period.ofWeeks(2));
    assertThat(Period.parse(wmo.get("escalatieMarge").asText())).isEqualTo(Period.ofWeeks(1));
    assertThat(Period.parse(wmo.get("spoedTermijn").asText())).isEqualTo(Period.ofDays(1));
  }

  @Test
  void youthAndParticipationActsUseTheGeneralEightWeekTerm() {
    for (String wet : List.of("jeugdwet", "participatiewet")) {
      JsonNode terms = termijnen(wet);
      assertThat(Period.parse(terms.get("onderzoekTermijn").asText())).as(wet).isEqualTo(Period.ofWeeks(8));
      assertThat(Period.parse(terms.get("beschikkingTermijn").asText())).as(wet).isEqualTo(Period.ofWeeks(8));
      assertThat(Period.parse(terms.get("escalatieMarge").asText()).getDays()).as(wet).isPositive().isLessThan(Period.ofWeeks(8).getDays());
    }
  }

  @Test
  void everyProductACaseWorkerCanGrantHasTwoOrThreeContractedProviders() {
    List<String> products = new ArrayList<>();
    WorkflowFiles.form("beschikking-opstellen").get("components").forEach(c -> {
      if ("product".equals(c.path("key").asText())) {
        c.get("values").forEach(v -> products.add(v.get("value").asText()));
      }
    });
    assertThat(products).hasSize(7);

    for (String product : products) {
      JsonNode aanbieders = evaluate("gecontracteerde-aanbieders", Map.of("product", product));
      assertThat(aanbieders.size()).as(product).isBetween(2, 3);
      List<String> values = new ArrayList<>();
      aanbieders.forEach(a -> {
        assertThat(a.path("label").asText()).as(product).isNotBlank();
        assertThat(a.path("value").asText()).as(product).matches("[a-z0-9-]+");
        values.add(a.get("value").asText());
      });
      assertThat(values).as(product).doesNotHaveDuplicates();
    }
  }

  private String triage(String spoed, List<String> hulpvragen) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("spoed", spoed);
    melding.put("hulpvragen", hulpvragen);
    return evaluate("wmo-triage", Map.of("melding", melding)).asText();
  }

  private JsonNode termijnen(String wet) {
    return evaluate("wettelijke-termijnen", Map.of("wet", wet));
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
