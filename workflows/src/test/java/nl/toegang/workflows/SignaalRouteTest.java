package nl.toegang.workflows;

import static nl.toegang.workflows.RouteDriver.NL;
import static nl.toegang.workflows.RouteDriver.nextWeek;
import static nl.toegang.workflows.SampleForms.signaal;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import nl.toegang.workflows.RouteDriver.RouteCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ZeebeProcessTest
class SignaalRouteTest {

  static final Map<String, Object> WOONSTEDE = Map.of("naam", "Wim Koster", "organisatie", "Woonstede", "soort", "woningcorporatie");

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
  void rentArrearsReportedByAHousingCorporationOnAThursdayAreFollowedUpByTuesday() {
    Instant thursday = nextWeek(DayOfWeek.THURSDAY, 11);

    RouteCase c = route.raiseSignal(signaal("anders", "nee"), WOONSTEDE, thursday);

    assertThat(c.statuses()).containsExactly("TRIAGE", "INVESTIGATION");
    assertThat(c.variable("bron")).isEqualTo("woningcorporatie");
    assertThat(c.variable("vroegsignalering")).isEqualTo(true);
    var contact = c.userTask("contactOpnemen");
    assertThat(contact.candidateGroups()).containsExactly("signalen-consulenten");
    ZonedDateTime due = contact.dueDate().atZone(NL);
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(due.toLocalDate()).isEqualTo(thursday.atZone(NL).toLocalDate().plusDays(5));
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(11, 0));
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void withoutASignallerLoginTheFormsSourceSetsTheTermAWorriedNeighbourGetsAWeek() {
    Instant thursday = nextWeek(DayOfWeek.THURSDAY, 9);

    RouteCase c = route.raiseSignal(signaal("buurtbewoner", "nee"), null, thursday);

    assertThat(c.variable("bron")).isEqualTo("buurtbewoner");
    assertThat(c.variable("vroegsignalering")).isEqualTo(false);
    ZonedDateTime due = c.userTask("contactOpnemen").dueDate().atZone(NL);
    assertThat(due.toLocalDate()).isEqualTo(thursday.atZone(NL).toLocalDate().plusWeeks(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hulp-aangenomen", "hulp-niet-gewild", "niet-bereikt", "al-in-beeld"})
  void everyOutcomeIsRecordedAndClosesTheSignalWithoutAnyLetterOrMessage(String uitkomst) {
    RouteCase c = route.raiseSignal(signaal("huisarts", "nee"), null, RouteDriver.now());

    c.completeUserTask("contactOpnemen", Map.of("contactpogingen", "Dinsdag gebeld, woensdag huisbezoek.", "uitkomst", uitkomst,
        "uitkomstToelichting", "Besproken met meneer."));

    assertThat(c.variable("uitkomst")).isEqualTo(uitkomst);
    assertThat(c.statuses()).containsExactly("TRIAGE", "INVESTIGATION", "CLOSED_FOLLOWED_UP");
    assertThat(c.serviceCalls()).extracting(RouteDriver.ServiceCall::type)
        .doesNotContain("toegang.letter", "toegang.notify-resident");
    c.assertProcess().isCompleted().hasPassedElement("opgevolgd").hasNoIncidents();
  }

  @Test
  void acuteDangerGoesToTheTeamLeadTheSameDayAndTheHandoverToVeiligThuisIsRecorded() {
    Instant ontvangen = RouteDriver.now();

    RouteCase c = route.raiseSignal(signaal("politie", "ja"), Map.of("naam", "J. de Boer", "organisatie", "Politie Amstelland", "soort", "politie"), ontvangen);

    assertThat(c.statuses()).containsExactly("TRIAGE", "URGENT");
    var crisis = c.userTask("crisisBeoordelen");
    assertThat(crisis.candidateGroups()).containsExactly("signalen-teamleiders");
    ZonedDateTime due = crisis.dueDate().atZone(NL);
    assertThat(due.toLocalDate()).isEqualTo(ontvangen.atZone(NL).toLocalDate());
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(23, 59));

    c.completeUserTask("crisisBeoordelen", Map.of("overgedragen", "ja", "overdrachtDatum", "2026-12-02", "overdrachtTijd", "14:30",
        "contactpersoonVeiligThuis", "Sanne Visser"));

    assertThat(c.variable("contactpersoonVeiligThuis")).isEqualTo("Sanne Visser");
    assertThat(c.variable("overdrachtTijd")).isEqualTo("14:30");
    assertThat(c.statuses()).containsExactly("TRIAGE", "URGENT", "CLOSED_REFERRED");
    assertThat(c.openUserTaskIds()).isEmpty();
    c.assertProcess().isCompleted().hasPassedElement("overgedragen").hasNotPassedElement("contactOpnemen").hasNoIncidents();
  }

  @Test
  void aCrisisNotHandedOverKeepsTheReasonAndAConsultantStillMakesContact() {
    RouteCase c = route.raiseSignal(signaal("familie", "ja"), null, RouteDriver.now());

    c.completeUserTask("crisisBeoordelen", Map.of("overgedragen", "nee", "redenGeenOverdracht", "Geen huiselijk geweld; crisisdienst GGZ is langs geweest."));

    assertThat(c.variable("redenGeenOverdracht")).isEqualTo("Geen huiselijk geweld; crisisdienst GGZ is langs geweest.");
    assertThat(c.statuses()).containsExactly("TRIAGE", "URGENT", "INVESTIGATION");
    assertThat(c.userTask("contactOpnemen").candidateGroups()).containsExactly("signalen-consulenten");
    c.assertProcess().isActive().hasNoIncidents();
  }

  @Test
  void aSignalWithOnlyTheFrontDoorFieldsStillGetsAContactTaskWithTheDefaultTerm() {
    Instant friday = nextWeek(DayOfWeek.FRIDAY, 15);

    RouteCase c = route.raiseSignal(Map.of("voornaam", "Henk", "achternaam", "Bakker", "vraag", "Buurman komt niet meer buiten."), null, friday);

    ZonedDateTime due = c.userTask("contactOpnemen").dueDate().atZone(NL);
    assertThat(due.toLocalDate()).isEqualTo(friday.atZone(NL).toLocalDate().plusWeeks(1));
    c.assertProcess().isActive().hasNoIncidents();
  }
}
