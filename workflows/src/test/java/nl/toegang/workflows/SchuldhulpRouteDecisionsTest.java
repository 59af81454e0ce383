package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ZeebeProcessTest
class SchuldhulpRouteDecisionsTest {

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.SCHULDHULP_EN_SIGNAAL);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"huisuitzetting", "afsluiting", "zorgverzekering"})
  void aThreatTheLawNamesMeansThreeWorkingDays(String dreiging) {
    Map<String, Object> termijnen = termijnen(List.of("anders-iets", dreiging));

    assertThat(termijnen).containsEntry("spoed", true).containsEntry("gesprekWerkdagen", 3).containsEntry("besluitTermijn", "P56D");
    assertThat(termijnen.get("gesprekTermijn")).isNull();
  }

  @Test
  void noThreatOrNoAnswerMeansFourWeeksAndAWarningAWeekBefore() {
    for (Object dreiging : new Object[] {List.of(), null}) {
      Map<String, Object> termijnen = termijnen(dreiging);
      assertThat(termijnen).as("dreiging %s", dreiging).containsEntry("spoed", false).containsEntry("gesprekTermijn", "P28D")
          .containsEntry("escalatieMarge", "P7D").containsEntry("besluitTermijn", "P56D");
      assertThat(termijnen.get("gesprekWerkdagen")).isNull();
    }
  }

  @Test
  void everyRowNamesItsSourceInTheLaw() {
    String dmn = WorkflowFiles.text(WorkflowFiles.DMN_DIR + "/schuldhulp-termijnen.dmn");
    assertThat(dmn).contains("Wgs art. 4 lid 1", "Wgs art. 4 lid 2", "Wgs art. 4a", "feestdagen", "issue 9");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> termijnen(Object dreiging) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("dreiging", dreiging);
    String output = route.client().newEvaluateDecisionCommand().decisionId("schuldhulp-termijnen")
        .variables(Map.of("melding", melding)).send().join().getDecisionOutput();
    return (Map<String, Object>) RouteDriver.readJson(output);
  }
}
