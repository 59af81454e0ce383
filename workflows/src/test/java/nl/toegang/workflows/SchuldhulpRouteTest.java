package nl.toegang.workflows;

import static nl.toegang.workflows.RouteDriver.NL;
import static nl.toegang.workflows.RouteDriver.nextWeek;
import static nl.toegang.workflows.SampleForms.verzoek;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ZeebeProcessTest
class SchuldhulpRouteTest {

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

  @Test
  void threatenedEvictionOnAThursdayMeansAFirstConversationByTuesdayAfterTheWeekend() {
    Instant thursday = nextWeek(DayOfWeek.THURSDAY, 10);

    RouteCase c = route.requestDebtHelp(verzoek(List.of("huisuitzetting")), thursday);

    assertThat(c.statuses()).containsExactly("URGENT");
    var task = c.userTask("spoedGesprekPlannen");
    assertThat(task.candidateGroups()).containsExactly("schuldhulp-consulenten");
    ZonedDateTime due = task.dueDate().atZone(NL);
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(due.toLocalDate()).isEqualTo(thursday.atZone(NL).toLocalDate().plusDays(5));
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    c.assertProcess().isActive().hasNoIncidents();
  }

  @ParameterizedTest
  @ValueSource(strings = {"huisuitzetting", "afsluiting", "zorgverzekering"})
  void everyThreatTheLawNamesOnAFridayMeansAFirstConversationByWednesday(String dreiging) {
    Instant friday = nextWeek(DayOfWeek.FRIDAY, 16);

    RouteCase c = route.requestDebtHelp(verzoek(List.of(dreiging)), friday);

    ZonedDateTime due = c.userTask("spoedGesprekPlannen").dueDate().atZone(NL);
    assertThat(due.toLocalDate()).isEqualTo(friday.atZone(NL).toLocalDate().plusDays(5));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(16, 0));
  }

  @Test
  void withoutAThreatTheFirstConversationIsDueFourWeeksAfterTheRequest() {
    Instant ontvangen = RouteDriver.now();

    RouteCase c = route.requestDebtHelp(verzoek(List.of()), ontvangen);

    assertThat(c.statuses()).containsExactly("INVESTIGATION");
    var plannen = c.userTask("gesprekPlannen");
    assertThat(plannen.candidateGroups()).containsExactly("schuldhulp-consulenten");
    assertThat(plannen.dueDate()).isEqualTo(ontvangen.plus(Period.ofWeeks(4)));
    c.completeUserTask("gesprekPlannen", Map.of("gesprekDatum", "2026-12-10", "gesprekLocatie", "Gemeentehuis"));
    var vastleggen = c.userTask("gesprekVastleggen");
    assertThat(vastleggen.candidateGroups()).containsExactly("schuldhulp-consulenten");
    assertThat(vastleggen.dueDate()).isEqualTo(plannen.dueDate());
  }

  @Test
  void aRequestFromTheGeneralFrontDoorWithoutDebtFieldsTakesTheFourWeekPath() {
    Map<String, Object> voordeur = Map.of("voornaam", "Asha", "achternaam", "Mulder", "vraag", "Ik kan mijn rekeningen niet betalen.");

    RouteCase c = route.requestDebtHelp(voordeur, RouteDriver.now());

    assertThat(c.openUserTaskIds()).containsExactly("gesprekPlannen");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void afterTheUrgentConversationTheMeasuresAreKeptAndTheDecisionIsDueEightWeeksAfterIt() {
    RouteCase c = route.requestDebtHelp(verzoek(List.of("afsluiting")), RouteDriver.now());
    c.completeUserTask("spoedGesprekPlannen", Map.of("maatregelen", List.of("energie-water"),
        "maatregelenToelichting", "Afsluiting uitgesteld tot 1 februari.", "gesprekDatum", "2026-12-04", "gesprekLocatie", "Telefonisch"));
    assertThat(c.openUserTaskIds()).containsExactly("gesprekVastleggen");

    c.completeUserTask("gesprekVastleggen", gesprek("2026-12-04"));

    assertThat(c.statuses()).containsExactly("URGENT", "DECISION");
    assertThat(c.variable("maatregelen")).isEqualTo(List.of("energie-water"));
    var opstellen = c.userTask("besluitOpstellen");
    assertThat(opstellen.candidateGroups()).containsExactly("schuldhulp-consulenten");
    assertThat(opstellen.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4).plusWeeks(8).atTime(23, 59).atZone(NL).toInstant());
  }

  @Test
  void admissionSendsTheLetterWithThePlanOfActionAndClosesTheCaseAsGranted() {
    RouteCase c = readyForDecision();
    var nemen = c.userTask("besluitOpstellen");
    assertThat(nemen.candidateGroups()).containsExactly("schuldhulp-consulenten");
    assertThat(nemen.headers()).doesNotContainKey("toegang.fourEyes");

    c.completeUserTask("besluitOpstellen", Map.of("besluit", "toelaten", "motivering", "U houdt uw beslagvrije voet. U betaalt elke maand 50 euro."));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("schuldhulp-besluit");
    assertThat(letter.header("details")).isEqualTo("besluit,weigerReden");
    assertThat(letter.variables()).containsEntry("besluit", "toelaten").containsEntry("motivering", "U houdt uw beslagvrije voet. U betaalt elke maand 50 euro.");
    assertThat((String) letter.variables().get("besluitTekst")).startsWith("U krijgt schuldhulp.");
    assertThat((String) letter.variables().get("besluitTekstEn")).startsWith("You will receive debt counselling.");
    var calls = c.serviceCalls();
    assertThat(calls.indexOf(letter)).isLessThan(calls.indexOf(c.lastCall("toegang.notify-resident")));
    assertThat(c.lastCall("toegang.notify-resident").header("message")).isEqualTo("besluit-genomen");
    assertThat(c.statuses()).containsExactly("INVESTIGATION", "DECISION", "CLOSED_GRANTED");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isCompleted().hasPassedElement("toegelaten").hasNoIncidents();
  }

  @Test
  void refusalNamesTheReasonInTheLetterAndClosesTheCaseAsRejected() {
    RouteCase c = readyForDecision();

    c.completeUserTask("besluitOpstellen", Map.of("besluit", "niet-toelaten", "weigerReden", "eerder-afgebroken",
        "motivering", "U bent in juni gestopt met schuldhulp. U kunt na 1 juni 2027 opnieuw vragen."));

    var letter = c.lastCall("toegang.letter");
    assertThat(letter.variables()).containsEntry("weigerReden", "eerder-afgebroken");
    assertThat((String) letter.variables().get("besluitTekst")).contains("geen schuldhulp");
    assertThat((String) letter.variables().get("besluitTekstEn")).contains("not receive");
    assertThat(c.statuses()).endsWith("DECISION", "CLOSED_REJECTED").doesNotContain("CLOSED_GRANTED");
    c.assertProcess().isCompleted().hasPassedElement("nietToegelaten").hasNotPassedElement("toegelaten").hasNoIncidents();
  }

  private RouteCase readyForDecision() {
    RouteCase c = route.requestDebtHelp(verzoek(List.of()), RouteDriver.now());
    c.completeUserTask("gesprekPlannen", Map.of("gesprekDatum", "2026-12-10", "gesprekLocatie", "Gemeentehuis"));
    c.completeUserTask("gesprekVastleggen", gesprek("2026-12-10"));
    assertThat(c.openUserTaskIds()).containsExactly("besluitOpstellen");
    return c;
  }

  static Map<String, Object> gesprek(String datum) {
    Map<String, Object> gesprek = new HashMap<>();
    gesprek.put("gesprekDatum", datum);
    gesprek.put("hulpvraag", "Ik wil van mijn schulden af en de huur weer betalen.");
    gesprek.put("gesprekVerslag", "Vijf schuldeisers, samen ongeveer 8.000 euro. Uitkering van 1.350 euro.");
    return gesprek;
  }
}
