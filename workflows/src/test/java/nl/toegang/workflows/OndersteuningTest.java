package nl.toegang.workflows;

import static nl.toegang.workflows.RouteDriver.NL;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import nl.toegang.workflows.RouteDriver.ServiceCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Granted support that runs (ondersteuning.bpmn, called by the Wmo and Jeugd routes after the
 * provider is chosen): the case stays open, the re-assessment starts the configured number of weeks
 * before the end date, each outcome is a decision, and a young person turning 18 gets the
 * transition conversation in time. The engine clock moves through the months.
 */
@ZeebeProcessTest
class OndersteuningTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private ZeebeTestEngine engine;
  private RouteDriver route;

  private final LocalDate today = LocalDate.now(NL);
  private final LocalDate ingangsdatum = today.plusDays(7);
  private final LocalDate einddatum = today.plusMonths(6);

  @BeforeEach
  void deploy() {
    route = new RouteDriver(engine, RouteDriver.ONDERSTEUNING);
  }

  @AfterEach
  void closeClient() {
    route.close();
  }

  @Test
  void grantedSupportStaysOpenAndTheReassessmentStartsExactlyTheConfiguredWeeksBeforeTheEndDate() {
    RouteCase c = wmoSupport();

    assertThat(c.statuses()).containsExactly("SUPPORT_RUNNING");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isActive().hasNoIncidents();

    Instant moment = reassessmentMoment("wmo", einddatum);
    c.moveClockTo(moment, MINUTE.negated());
    settle(c);
    assertThat(c.openUserTaskIds()).as("a minute before the moment").isEmpty();
    assertThat(c.statuses()).containsExactly("SUPPORT_RUNNING");

    reach(c, moment, "herindicatieBeoordelen");
    var task = c.userTask("herindicatieBeoordelen");
    assertThat(task.candidateGroups()).containsExactly("wmo-consulenten");
    assertThat(task.dueDate()).isEqualTo(endOf(einddatum));
    assertThat(c.statuses()).containsExactly("SUPPORT_RUNNING", "REASSESSMENT");
    assertThat(c.activateUserTask("herindicatieBeoordelen").getVariablesAsMap())
        .containsEntry("einddatum", einddatum.toString()).containsEntry("omvang", "3 uur per week");
  }

  @Test
  void extendingIsANewDecisionApprovedByASecondPersonAndTheSupportRunsOnToTheNewEndDate() {
    RouteCase c = wmoSupport();
    reach(c, reassessmentMoment("wmo", einddatum), "herindicatieBeoordelen");
    LocalDate nieuweEinddatum = einddatum.plusYears(1);

    c.completeUserTask("herindicatieBeoordelen", outcome("verlengen", einddatum.plusDays(1), nieuweEinddatum, "3 uur per week"));
    var approval = c.userTask("herindicatieGoedkeuren");
    assertThat(approval.headers()).containsEntry("toegang.fourEyes", "herindicatieBeoordelen");
    assertThat(approval.candidateGroups()).containsExactly("wmo-consulenten");
    assertThat(c.letterTemplates()).as("no letter before the approval").isEmpty();

    c.completeUserTask("herindicatieGoedkeuren", Map.of("goedgekeurd", "nee", "opmerking", "Schrijf waarom het nog nodig is."));
    assertThat(c.openUserTaskIds()).containsExactly("herindicatieBeoordelen");
    assertThat(c.activateUserTask("herindicatieBeoordelen").getVariablesAsMap())
        .containsEntry("herindicatieOpmerking", "Schrijf waarom het nog nodig is.");
    c.completeUserTask("herindicatieBeoordelen", outcome("verlengen", einddatum.plusDays(1), nieuweEinddatum, "3 uur per week"));
    c.completeUserTask("herindicatieGoedkeuren", Map.of("goedgekeurd", "ja"));

    ServiceCall letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("herindicatie-besluit");
    assertThat(letter.header("details")).isEqualTo("nieuweIngangsdatum,nieuweEinddatum,nieuweOmvang");
    assertThat(letter.variables()).containsEntry("nieuweEinddatum", nieuweEinddatum.toString()).containsEntry("teamNaam", "Wmo");
    assertThat((String) letter.variables().get("herindicatieTekst")).contains("gaat door");
    assertThat((String) letter.variables().get("herindicatieTekstEn")).contains("goes on");
    assertThat(c.statuses()).containsExactly("SUPPORT_RUNNING", "REASSESSMENT", "SUPPORT_RUNNING");

    // The old end date passes: the new decision carries the support on.
    c.moveClockTo(endOf(einddatum), Duration.ofHours(1));
    settle(c);
    assertThat(c.statuses()).last().isEqualTo("SUPPORT_RUNNING");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isActive().hasNoIncidents();

    reach(c, reassessmentMoment("wmo", nieuweEinddatum), "herindicatieBeoordelen");
    assertThat(c.userTask("herindicatieBeoordelen").dueDate()).isEqualTo(endOf(nieuweEinddatum));
    assertThat(c.activateUserTask("herindicatieBeoordelen").getVariablesAsMap())
        .containsEntry("einddatum", nieuweEinddatum.toString()).containsEntry("herindicatieOpmerking", null);
  }

  @Test
  void scalingDownIsANewDecisionWithLessSupport() {
    RouteCase c = wmoSupport();
    reach(c, reassessmentMoment("wmo", einddatum), "herindicatieBeoordelen");

    c.completeUserTask("herindicatieBeoordelen", outcome("afschalen", einddatum.plusDays(1), einddatum.plusMonths(6), "1 uur per week"));
    c.completeUserTask("herindicatieGoedkeuren", Map.of("goedgekeurd", "ja"));

    ServiceCall letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("herindicatie-besluit");
    assertThat(letter.variables()).containsEntry("nieuweOmvang", "1 uur per week");
    assertThat((String) letter.variables().get("herindicatieTekst")).contains("minder hulp");
    assertThat((String) letter.variables().get("herindicatieTekstEn")).contains("less support");
    assertThat(c.latestVariable("omvang")).isEqualTo("1 uur per week");
    assertThat(c.statuses()).last().isEqualTo("SUPPORT_RUNNING");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void stoppingSendsADecisionLetterAndClosesTheCaseWhenTheEndDateHasPassed() {
    RouteCase c = wmoSupport();
    reach(c, reassessmentMoment("wmo", einddatum), "herindicatieBeoordelen");

    c.completeUserTask("herindicatieBeoordelen", Map.of("herindicatieUitkomst", "stoppen",
        "herindicatieMotivering", "U kunt weer zelf schoonmaken."));
    c.completeUserTask("herindicatieGoedkeuren", Map.of("goedgekeurd", "ja"));

    ServiceCall letter = c.lastCall("toegang.letter");
    assertThat(letter.header("template")).isEqualTo("hulp-stopt");
    assertThat(letter.header("details")).isEqualTo("einddatum");
    assertThat(letter.variables()).containsEntry("einddatum", einddatum.toString());
    assertThat(c.statuses()).containsExactly("SUPPORT_RUNNING", "REASSESSMENT", "SUPPORT_ENDING");

    c.moveClockTo(endOf(einddatum), MINUTE.negated());
    settle(c);
    assertThat(c.statuses()).as("the support still runs on its last day").last().isEqualTo("SUPPORT_ENDING");

    c.moveClockTo(endOf(einddatum), MINUTE);
    awaitStatus(c, "CLOSED_SUPPORT_ENDED");
    c.assertProcess().isCompleted().hasPassedElement("hulpGestopt").hasNoIncidents();
  }

  @Test
  void withoutANewDecisionByTheEndDateTheSupportEndsAndTheCaseCloses() {
    RouteCase c = wmoSupport();
    reach(c, reassessmentMoment("wmo", einddatum), "herindicatieBeoordelen");

    c.moveClockTo(endOf(einddatum), MINUTE);
    awaitStatus(c, "CLOSED_SUPPORT_ENDED");
    assertThat(c.openUserTaskIds()).isEmpty();
    assertThat(c.letterTemplates()).isEmpty();
    c.assertProcess().isCompleted().hasPassedElement("hulpGestoptZonderBesluit").hasNoIncidents();
  }

  @Test
  void supportWithoutAnEndDateIsGrantedOnceAndClosesAtOnce() {
    Map<String, Object> variables = wmoVariables();
    variables.remove("einddatum");
    RouteCase c = route.startCalled("ondersteuning", "WMO", variables);

    assertThat(c.statuses()).containsExactly("CLOSED_GRANTED");
    c.assertProcess().isCompleted().hasPassedElement("eenmaligToegekend").hasNoIncidents();
  }

  @Test
  void aYoungPersonTurning18DuringTheSupportGetsTheTransitionConversationInTime() {
    LocalDate birthday18 = today.plusMonths(9);
    LocalDate longEnd = today.plusYears(2);
    RouteCase c = jeugdSupport(birthday18.minusYears(18), longEnd);
    String before = route.evaluate("herindicatie-termijnen", Map.of("wet", "jeugdwet")).get("overgang18Vooraf").asText();
    Instant moment = birthday18.minus(java.time.Period.parse(before)).atTime(LocalTime.of(8, 0)).atZone(NL).toInstant();

    c.moveClockTo(moment, MINUTE.negated());
    settle(c);
    assertThat(c.openUserTaskIds()).isEmpty();

    reach(c, moment, "overgangBespreken");
    var task = c.userTask("overgangBespreken");
    assertThat(task.candidateGroups()).containsExactly("jeugd-consulenten");
    assertThat(task.dueDate()).as("done before the birthday").isEqualTo(endOf(birthday18.minusDays(1)));
    assertThat(c.statuses()).containsExactly("SUPPORT_RUNNING");

    c.completeUserTask("overgangBespreken", Map.of("overgangGesprekDatum", today.toString(),
        "overgangVervolg", java.util.List.of("wmo", "participatiewet"), "overgangVerslag", "Melding Wmo voor begeleiding."));
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isActive().hasPassedElement("overgangBesproken").hasNoIncidents();
  }

  @Test
  void someoneAlready18WhenTheSupportStartsGetsNoTransitionConversation() {
    LocalDate eighteenLastYear = today.minusYears(19);
    RouteCase c = jeugdSupport(eighteenLastYear, einddatum);

    reach(c, reassessmentMoment("jeugdwet", einddatum), "herindicatieBeoordelen");
    assertThat(c.openUserTaskIds()).containsExactly("herindicatieBeoordelen");
    assertThat(c.userTask("herindicatieBeoordelen").candidateGroups()).containsExactly("jeugd-consulenten");
    c.assertProcess().hasPassedElement("geenOvergang").hasNoIncidents();
  }

  private RouteCase wmoSupport() {
    return route.startCalled("ondersteuning", "WMO", wmoVariables());
  }

  private Map<String, Object> wmoVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("wet", "wmo");
    variables.put("team", "wmo");
    variables.put("melding", Map.of("voornaam", "Jan", "achternaam", "Bakker", "geboortedatum", "1948-03-12"));
    variables.put("besluit", "toekennen");
    variables.put("product", "huishoudelijke-hulp");
    variables.put("ingangsdatum", ingangsdatum.toString());
    variables.put("einddatum", einddatum.toString());
    variables.put("omvang", "3 uur per week");
    return variables;
  }

  private RouteCase jeugdSupport(LocalDate geboortedatum, LocalDate end) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("wet", "jeugdwet");
    variables.put("team", "jeugd");
    variables.put("melding", Map.of("voornaam", "Daan", "achternaam", "de Vries", "geboortedatum", geboortedatum.toString()));
    variables.put("besluit", "toekennen");
    variables.put("product", "ambulante-jeugdhulp");
    variables.put("ingangsdatum", ingangsdatum.toString());
    variables.put("einddatum", end.toString());
    variables.put("omvang", "1 gesprek per week");
    return route.startCalled("ondersteuning", "JW", variables);
  }

  private static Map<String, Object> outcome(String uitkomst, LocalDate from, LocalDate until, String omvang) {
    return Map.of("herindicatieUitkomst", uitkomst, "nieuweIngangsdatum", from.toString(), "nieuweEinddatum", until.toString(),
        "nieuweOmvang", omvang, "herindicatieMotivering", "Het gaat beter, maar u heeft nog hulp nodig.");
  }

  /** 08:00 Dutch time on the day the table's number of weeks before the end date. */
  private Instant reassessmentMoment(String wet, LocalDate end) {
    int weeks = route.evaluate("herindicatie-termijnen", Map.of("wet", wet)).get("herindicatieWekenVooraf").asInt();
    assertThat(weeks).isPositive();
    return end.minusWeeks(weeks).atTime(LocalTime.of(8, 0)).atZone(NL).toInstant();
  }

  private static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(NL).toInstant();
  }

  /** Moves the clock to the moment and waits for the task its timer starts, running the status jobs on the way. */
  private static void reach(RouteCase c, Instant moment, String task) {
    c.moveClockTo(moment, Duration.ofSeconds(1));
    Instant end = Instant.now().plus(Duration.ofSeconds(10));
    while (!c.openUserTaskIds().contains(task) && Instant.now().isBefore(end)) {
      settle(c);
    }
    assertThat(c.openUserTaskIds()).as("task after the clock reached " + moment).contains(task);
  }

  private static void awaitStatus(RouteCase c, String status) {
    Instant end = Instant.now().plus(Duration.ofSeconds(10));
    while (!c.statuses().contains(status) && Instant.now().isBefore(end)) {
      settle(c);
    }
    assertThat(c.statuses()).last().isEqualTo(status);
  }

  /** A timer fires a moment after the clock moved: give it that moment, then run what it started. */
  private static void settle(RouteCase c) {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    c.runServiceTasks();
  }
}
