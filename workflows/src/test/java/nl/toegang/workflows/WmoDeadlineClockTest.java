package nl.toegang.workflows;

import static nl.toegang.workflows.SampleForms.wmoMelding;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Wmo decision term as the case's clock moves it: the team lead's warning a week before the last
 * day follows every new day the clock sends (termijn-gewijzigd), and never comes while the clock
 * stands still for an information request.
 */
@ZeebeProcessTest
class WmoDeadlineClockTest {

  private static final String WARNING = "beslistermijnBewaken";
  private static final Period MARGIN = Period.ofWeeks(1);

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
  void anAnsweredRequestMovesTheWarningByTheDaysTheClockStoodStill() {
    RouteCase c = applied(null);
    LocalDate lastDay = lastDay(c);
    LocalDate today = route.engineNow().atZone(RouteDriver.NL).toLocalDate();

    // Asked today with two weeks to answer: until the answer, the last day is the one without an answer.
    c.deadlineMoved(lastDay.plusDays(14), today.plusDays(14));
    moveTo(c, warningFor(lastDay).plus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).as("the old warning day passes quietly").doesNotContain(WARNING);

    // The answer came on the fifth day: the clock stood still four days.
    c.deadlineMoved(lastDay.plusDays(4), null);
    moveTo(c, warningFor(lastDay.plusDays(4)).minus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).doesNotContain(WARNING);
    moveTo(c, warningFor(lastDay.plusDays(4)).plus(Duration.ofHours(1)));
    c.awaitUserTask(WARNING);

    assertThat(c.userTask(WARNING).dueDate()).isEqualTo(RouteDriver.endOfDay(lastDay.plusDays(4)));
    assertThat(c.userTask(WARNING).candidateGroups()).containsExactly("wmo-teamleiders");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void noWarningWhileTheClockStandsStillAndTheFullAnswerTermCountsWhenNoAnswerComes() {
    RouteCase c = applied(null);
    LocalDate lastDay = lastDay(c);
    // Two days before the warning the worker asks, with two weeks to answer; no answer comes.
    moveTo(c, warningFor(lastDay).minus(Duration.ofDays(2)));
    LocalDate answerBy = route.engineNow().atZone(RouteDriver.NL).toLocalDate().plusDays(14);
    LocalDate unanswered = lastDay.plusDays(14);
    c.deadlineMoved(unanswered, answerBy);

    moveTo(c, RouteDriver.endOfDay(answerBy).plus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).as("no warning during the whole answer term").doesNotContain(WARNING);

    moveTo(c, warningFor(unanswered).plus(Duration.ofHours(1)));
    c.awaitUserTask(WARNING);
    assertThat(c.userTask(WARNING).dueDate()).isEqualTo(RouteDriver.endOfDay(unanswered));
  }

  @Test
  void anExtensionSendsTheLetterAndMovesTheWarningToAWeekBeforeTheNewDay() {
    RouteCase c = applied(null);
    LocalDate lastDay = lastDay(c);
    LocalDate extendedTo = lastDay.plusWeeks(4);

    c.extended(extendedTo, "Wij wachten op advies van de ergotherapeut.");
    assertThat(c.letterTemplates()).containsOnlyOnce("verdaging");
    assertThat(c.lastCall("toegang.letter").variables()).containsEntry("verdaagdTot", extendedTo.toString())
        .containsEntry("verdagingReden", "Wij wachten op advies van de ergotherapeut.");
    moveTo(c, warningFor(lastDay).plus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).doesNotContain(WARNING);

    moveTo(c, warningFor(extendedTo).plus(Duration.ofHours(1)));
    c.awaitUserTask(WARNING);
    assertThat(c.userTask(WARNING).dueDate()).isEqualTo(RouteDriver.endOfDay(extendedTo));
  }

  @Test
  void anExtensionAfterTheWarningArmsAWarningForTheNewDay() {
    RouteCase c = applied(null);
    LocalDate lastDay = lastDay(c);
    moveTo(c, warningFor(lastDay).plus(Duration.ofHours(1)));
    c.awaitUserTask(WARNING);
    c.completeUserTask(WARNING, Map.of("actie", "Verlengen met een brief."));

    LocalDate extendedTo = lastDay.plusWeeks(3);
    c.extended(extendedTo, "Het advies van de arts is er nog niet.");
    assertThat(c.letterTemplates()).containsOnlyOnce("verdaging");
    moveTo(c, warningFor(extendedTo).minus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).doesNotContain(WARNING);
    moveTo(c, warningFor(extendedTo).plus(Duration.ofHours(1)));
    c.awaitUserTask(WARNING);
    assertThat(c.userTask(WARNING).dueDate()).isEqualTo(RouteDriver.endOfDay(extendedTo));
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void aTermEndingOnASaturdayWarnsAWeekBeforeTheMondayItMovesTo() {
    LocalDate saturday = LocalDate.now(RouteDriver.NL).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    // Algemene termijnenwet art. 1: the term runs on to the next working day (the clock service counts it).
    LocalDate monday = saturday.plusDays(2);
    RouteCase c = applied(monday);
    assertThat(lastDay(c)).isEqualTo(monday);

    moveTo(c, warningFor(saturday).plus(Duration.ofHours(1)));
    assertThat(c.openUserTaskIds()).as("not at the week before the Saturday").doesNotContain(WARNING);
    moveTo(c, warningFor(monday).plus(Duration.ofHours(1)));
    c.awaitUserTask(WARNING);
    assertThat(c.userTask(WARNING).dueDate()).isEqualTo(RouteDriver.endOfDay(monday));
  }

  /** A Wmo case with its aanvraag in; {@code countedDeadline} is the day the clock service counts, or null for the plain term. */
  private RouteCase applied(LocalDate countedDeadline) {
    RouteCase c = route.reportWmoMelding(wmoMelding("nee", List.of("vervoer")));
    c.completeUserTask("gesprekPlannen", WmoRouteTest.gesprek());
    c.completeUserTask("verslagVastleggen", Map.of("verslag", "Mevrouw kan niet meer met de bus.", "maatwerkNodig", "ja"));
    if (countedDeadline != null) {
      c.deadlineIs(countedDeadline);
    }
    c.publish("aanvraag-ingediend", WmoRouteTest.aanvraag(route.engineNow().truncatedTo(ChronoUnit.SECONDS)));
    assertThat(c.openUserTaskIds()).containsExactly("beschikkingOpstellen");
    RouteDriver.ServiceCall start = c.lastCall(RouteDriver.TERM_START);
    assertThat(start.header("stap")).isEqualTo("beschikking");
    assertThat(start.variables()).containsEntry("termijn", "P2W").containsEntry("termijnBron", "art. 2.3.5 lid 2 Wmo 2015");
    return c;
  }

  private static LocalDate lastDay(RouteCase c) {
    return c.instant("beschikkingDeadline").atZone(RouteDriver.NL).toLocalDate();
  }

  private static Instant warningFor(LocalDate lastDay) {
    return RouteDriver.endOfDay(lastDay).minus(MARGIN);
  }

  private void moveTo(RouteCase c, Instant moment) {
    c.moveClockTo(moment, Duration.ZERO);
  }
}
