package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class ParticipatiewetDecisionsTest {

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.PARTICIPATIEWET);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void bijstandIsDecidedWithinEightWeeksWithAnAdvanceAfterFour() {
    JsonNode bijstand = route.evaluate("participatiewet-termijnen", Map.of("regeling", "bijstand"));
    assertThat(Period.parse(bijstand.get("beslisTermijn").asText())).isEqualTo(Period.ofWeeks(8));
    assertThat(Period.parse(bijstand.get("voorschotTermijn").asText())).isEqualTo(Period.ofWeeks(4));
    assertThat(Period.parse(bijstand.get("escalatieMarge").asText())).isEqualTo(Period.ofWeeks(1));
  }

  @Test
  void specialAssistanceAndMinimaSchemesHaveTheGeneralTermAndNoAdvance() {
    for (String regeling : List.of("bijzondere-bijstand", "minimaregeling")) {
      JsonNode terms = route.evaluate("participatiewet-termijnen", Map.of("regeling", regeling));
      assertThat(Period.parse(terms.get("beslisTermijn").asText())).as(regeling).isEqualTo(Period.ofWeeks(8));
      assertThat(terms.get("voorschotTermijn").isNull()).as(regeling).isTrue();
    }
  }

  @Test
  void theSocialMinimumDependsOnTheHouseholdAndThePensionAge() {
    double alleen = minimum("alleenstaand", "nee");
    double samen = minimum("samen", "nee");
    assertThat(minimum("alleenstaande-ouder", "nee")).isEqualTo(alleen);
    assertThat(minimum("samen-kinderen", null)).isEqualTo(samen);
    assertThat(samen).isGreaterThan(alleen);
    assertThat(minimum("alleenstaand", "ja")).isGreaterThan(alleen);
    assertThat(minimum("samen", "ja")).isGreaterThan(samen);
  }

  @Test
  void schemesAreSuggestedUpToTheirIncomeLimitAsAPercentageOfTheSocialMinimum() {
    double minimum = minimum("alleenstaand", "nee");
    assertThat(regelingen("alleenstaand", minimum)).containsExactly("individuele-inkomenstoeslag", "meedoenregeling",
        "collectieve-zorgverzekering");
    assertThat(regelingen("alleenstaand", minimum * 1.2)).containsExactly("meedoenregeling", "collectieve-zorgverzekering");
    assertThat(regelingen("alleenstaand", minimum * 1.2 + 1)).isEmpty();
  }

  @Test
  void onlyHouseholdsWithChildrenAreOfferedTheChildrensScheme() {
    double minimum = minimum("samen-kinderen", "nee");
    assertThat(regelingen("samen-kinderen", minimum * 1.1)).contains("kindregeling");
    assertThat(regelingen("alleenstaande-ouder", minimum("alleenstaande-ouder", "nee"))).contains("kindregeling");
    assertThat(regelingen("samen", minimum * 1.1)).doesNotContain("kindregeling");
  }

  @Test
  void withoutHouseholdOrIncomeNothingIsSuggestedAndTheConsultantDecides() {
    assertThat(regelingen(null, 900)).isEmpty();
    assertThat(regelingen("alleenstaand", null)).isEmpty();
  }

  private double minimum(String huishouden, String pensioen) {
    Map<String, Object> input = new HashMap<>();
    input.put("huishouden", huishouden);
    input.put("pensioenleeftijd", pensioen);
    return route.evaluate("sociaalMinimum", input).asDouble();
  }

  private List<String> regelingen(String huishouden, Object inkomen) {
    Map<String, Object> input = new HashMap<>();
    input.put("huishouden", huishouden);
    input.put("inkomenPerMaand", inkomen);
    input.put("pensioenleeftijd", "nee");
    List<String> codes = new ArrayList<>();
    route.evaluate("minimaregelingen", input).forEach(n -> codes.add(n.asText()));
    return codes;
  }
}
