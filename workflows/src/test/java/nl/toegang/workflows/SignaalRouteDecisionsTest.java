package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ZeebeProcessTest
class SignaalRouteDecisionsTest {

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
  @CsvSource({
      "woningcorporatie, 3, true",
      "energieleverancier, 5, true",
      "waterbedrijf, 5, true",
      "zorgverzekeraar, 5, true",
      "politie, 2, false",
      "huisarts, 3, false",
      "buurtbewoner, 5, false",
      "familie, 5, false",
      "school, 5, false",
      "anders, 5, false"})
  void theTermDependsOnWhoRaisedTheSignal(String bron, int werkdagen, boolean vroegsignalering) {
    assertThat(opvolging(null, bron)).containsEntry("opvolgWerkdagen", werkdagen).containsEntry("vroegsignalering", vroegsignalering);
  }

  @Test
  void theSignallersLoginWinsOverWhatTheFormSays() {
    assertThat(opvolging("woningcorporatie", "buurtbewoner")).containsEntry("opvolgWerkdagen", 3).containsEntry("vroegsignalering", true);
  }

  @Test
  void anUnknownSourceIsNeverDropped() {
    assertThat(opvolging(null, null)).containsEntry("opvolgWerkdagen", 5);
    assertThat(opvolging("bezorgdienst", null)).containsEntry("opvolgWerkdagen", 5);
  }

  @Test
  void everyRowSaysWhetherItsTermIsTheLawsOrTheMunicipalitysChoice() {
    String dmn = WorkflowFiles.text(WorkflowFiles.DMN_DIR + "/signaal-opvolging.dmn");
    int rules = dmn.split("<rule ", -1).length - 1;
    int choices = dmn.split("keuze van de gemeente", -1).length - 1;
    assertThat(rules).isEqualTo(7);
    assertThat(choices).isGreaterThanOrEqualTo(rules);
    assertThat(dmn).contains("Besluit gemeentelijke schuldhulpverlening", "Convenant Vroegsignalering", "issue 9");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> opvolging(String melderSoort, String bron) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("bron", bron);
    Map<String, Object> variables = new HashMap<>();
    variables.put("melding", melding);
    if (melderSoort != null) {
      variables.put("melder", Map.of("naam", "Wim Koster", "organisatie", "Woonstede", "soort", melderSoort));
    }
    String output = route.client().newEvaluateDecisionCommand().decisionId("signaal-opvolging").variables(variables).send().join()
        .getDecisionOutput();
    return (Map<String, Object>) RouteDriver.readJson(output);
  }
}
