package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.hulpvraag;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import nl.toegang.workflows.RouteDriver.ServiceCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The front door: a question in everyday words is split into parts per law by the voordeur team,
 * or answered with advice. The test plays the worker (service tasks) and the voordeur worker.
 */
@ZeebeProcessTest
class HulpvraagTest {

  private ZeebeTestEngine engine;
  private RouteDriver route;

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.HULPVRAAG);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void theFrontDoorSplitsTheQuestionAndTheWorkerStartsEachChosenPart() {
    RouteCase request = ask(List.of("thuis-wonen-zorg", "schulden"));

    assertThat(request.statuses()).containsExactly("TRIAGE");
    assertThat(request.openUserTaskIds()).containsExactly("vraagVerdelen");
    assertThat(request.userTask("vraagVerdelen").candidateGroups()).containsExactly("voordeur-medewerkers");
    assertThat(request.variable("delen")).as("the suggestion fills the checklist").isEqualTo(List.of("wmo", "schuldhulp"));

    request.completeUserTask("vraagVerdelen", Map.of("uitkomst", "verdelen",
        "delen", List.of("wmo", "jeugdwet", "schuldhulp"),
        "vraagWmo", "Hulp bij het huishouden.", "vraagJeugdwet", "Zoon slaapt slecht.", "vraagSchuldhulp", "Huurachterstand."));

    ServiceCall start = request.lastCall("toegang.start-parts");
    assertThat(start.variables()).containsEntry("delen", List.of("wmo", "jeugdwet", "schuldhulp"))
        .containsEntry("vraagWmo", "Hulp bij het huishouden.").containsEntry("caseId", request.caseId);
    assertThat(request.statuses()).containsExactly("TRIAGE", "SPLIT");
    request.assertProcess().isCompleted().hasPassedElement("verdeeld").hasNotPassedElement("adviesbrief").hasNoIncidents();
  }

  @Test
  void noPartMeansAdviceInALetterAndTheRequestCloses() {
    RouteCase request = ask(List.of("anders"));
    assertThat(request.variable("delen")).as("nothing to suggest for something else").isEqualTo(List.of());

    request.completeUserTask("vraagVerdelen", Map.of("uitkomst", "advies", "advies", "Ga naar het buurthuis op dinsdag."));

    assertThat(request.lastCall("toegang.letter").headers()).containsEntry("template", "hulpvraag-advies");
    assertThat(request.lastCall("toegang.notify-resident").headers()).containsEntry("message", "advies-verstuurd");
    assertThat(request.statuses()).containsExactly("TRIAGE", "CLOSED_ADVICE");
    assertThat(request.calls("toegang.start-parts")).isEmpty();
    request.assertProcess().isCompleted().hasPassedElement("adviesGegeven").hasNoIncidents();
  }

  @Test
  void splittingWithoutChoosingAPartEndsAsAdviceNotAsAnEmptySplit() {
    RouteCase request = ask(List.of("werk"));

    request.completeUserTask("vraagVerdelen", Map.of("uitkomst", "verdelen", "delen", List.of()));

    assertThat(request.calls("toegang.start-parts")).isEmpty();
    assertThat(request.statuses()).containsExactly("TRIAGE", "CLOSED_ADVICE");
    request.assertProcess().isCompleted().hasNoIncidents();
  }

  @Test
  void moneyAndWorkSuggestLivingCostsOnceAndTheMinimaSchemes() {
    RouteCase request = ask(List.of("geld-inkomen", "werk", "opvoeden-opgroeien"));

    assertThat(request.variable("delen")).isEqualTo(List.of("jeugdwet", "levensonderhoud", "minima"));
  }

  @Test
  void aWithdrawalBeforeTheSplitEndsTheRequestAndItsTask() {
    RouteCase request = ask(List.of("thuis-wonen-zorg"));

    request.publish("aanvraag-ingetrokken", Map.of());

    assertThat(request.calls("toegang.withdraw-case")).hasSize(1);
    assertThat(request.openUserTaskIds()).isEmpty();
    request.assertProcess().isCompleted().hasNotPassedElement("delenStarten").hasNoIncidents();
  }

  private RouteCase ask(List<String> levensgebieden) {
    return route.askFrontDoor(hulpvraag(levensgebieden));
  }
}
