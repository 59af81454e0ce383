package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schuldhulp and signal routes as shipped, run by the real worker: the intake forms are
 * validated and start the process, case workers complete the task forms through TaskService,
 * and the handlers write statuses, the letter and the closing status to DynamoDB Local.
 */
class SchuldhulpEnSignaalRoutesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Principal JAN = new Principal("resident-shv", "Jan Bakker", Set.of(Principal.RESIDENT), Set.of(),
            Optional.of("111222333"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    private static final Principal SEM = new Principal("sem-test", "Sem de Groot", Set.of(Principal.CASEWORKER),
            Set.of("schuldhulp-consulenten", "schuldhulp-teamleiders"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    private static final Principal WOONSTEDE = new Principal("woonstede-test", "Wim Koster", Set.of(Principal.RESIDENT), Set.of(),
            Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    private static final Principal MILA = new Principal("mila-test", "Mila Jansen", Set.of(Principal.CASEWORKER),
            Set.of("signalen-consulenten", "signalen-teamleiders"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    private static TestPlatform platform;
    private static JobDispatcher dispatcher;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        platform.bean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        dispatcher = platform.bean(JobDispatcher.class);
        dispatcher.start();
    }

    @AfterAll
    static void stop() {
        dispatcher.close();
        platform.close();
    }

    @Test
    void threatenedEvictionIsUrgentDueWithinThreeWorkingDaysAndEndsWithTheAdmissionLetter() {
        CaseRecord c = submit(JAN, "schuldhulp-verzoek", Map.ofEntries(Map.entry("voornaam", "Jan"), Map.entry("achternaam", "Bakker"),
                Map.entry("bsn", "111222333"), Map.entry("geboortedatum", "1948-03-12"), Map.entry("adres", "Dorpsstraat 1"),
                Map.entry("postcode", "1431 AA"), Map.entry("woonplaats", "Aalsmeer"), Map.entry("telefoon", "0297123456"),
                Map.entry("schuldBedrag", "5000-20000"), Map.entry("schuldeisers", List.of("verhuurder", "energie")),
                Map.entry("dreiging", List.of("huisuitzetting")), Map.entry("inkomenSoort", List.of("pensioen")),
                Map.entry("inkomenPerMaand", 1400), Map.entry("akkoord", true)));
        assertThat(c.law()).isEqualTo("schuldhulp");
        assertThat(c.caseId()).startsWith("SHV-");

        UserTaskRecord spoed = openTask(c, "spoedGesprekPlannen");
        assertThat(spoed.candidateGroup()).isEqualTo("schuldhulp-consulenten");
        assertThat(spoed.dueDate()).isEqualTo(plusWorkingDays(c.createdAt(), 3));
        eventually(WAIT, () -> platform.status(c.caseId()), s -> s == CaseStatus.URGENT);

        String today = LocalDate.now(NL).toString();
        complete(SEM, spoed, Map.of("maatregelen", List.of("verhuurder"), "gesprekDatum", today, "gesprekLocatie", "Telefonisch"));
        complete(SEM, openTask(c, "gesprekVastleggen"), Map.of("gesprekDatum", today, "hulpvraag", "De huur weer betalen.",
                "gesprekVerslag", "Huurschuld 2.100 euro."));
        UserTaskRecord besluit = openTask(c, "besluitOpstellen");
        assertThat(besluit.dueDate()).isEqualTo(LocalDate.now(NL).plusWeeks(8).atTime(23, 59).atZone(NL).toInstant());
        complete(SEM, besluit, Map.of("besluit", "toelaten", "motivering", "U betaalt elke maand 50 euro aan de verhuurder."));

        eventually(WAIT, () -> platform.status(c.caseId()), s -> s == CaseStatus.CLOSED_GRANTED);
        CaseEvent letter = eventually(WAIT, () -> platform.events(c.caseId(), CaseEvent.Type.LETTER), l -> !l.isEmpty()).getFirst();
        assertThat(letter.data()).containsEntry("template", "schuldhulp-besluit");
        assertThat((String) letter.data().get("nl")).contains("Beste Jan Bakker,", "U krijgt schuldhulp.",
                "U betaalt elke maand 50 euro aan de verhuurder.", c.caseId()).doesNotContain("${");
        assertThat((String) letter.data().get("en")).contains("You will receive debt counselling.").doesNotContain("U krijgt");
        assertThat(letter.data().get("details").toString()).contains("Toelaten tot schuldhulpverlening").doesNotContain("toelaten,");
        assertThat(platform.events(c.caseId(), CaseEvent.Type.NOTIFICATION)).isNotEmpty();
    }

    @Test
    void aSignalFromAHousingCorporationGetsAContactTaskAndClosesAsFollowedUpWithoutLetterOrMessage() {
        CaseRecord c = submit(WOONSTEDE, "signaal", Map.of("bron", "woningcorporatie", "voornaam", "Henk", "achternaam", "de Wit",
                "adres", "Dorpsstraat 3", "woonplaats", "Aalsmeer", "zorg", "Drie maanden huurachterstand.",
                "achterstandBedrag", 2100, "achterstandMaanden", 3, "spoed", "nee", "persoonWeetHet", "nee"));
        assertThat(c.law()).isEqualTo("signaal");
        assertThat(c.caseId()).startsWith("SIG-");

        UserTaskRecord contact = openTask(c, "contactOpnemen");
        assertThat(contact.candidateGroup()).isEqualTo("signalen-consulenten");
        assertThat(contact.dueDate()).isEqualTo(plusWorkingDays(c.createdAt(), 3));
        complete(MILA, contact, Map.of("contactpogingen", "Dinsdag gebeld, woensdag huisbezoek.", "uitkomst", "hulp-aangenomen"));

        eventually(WAIT, () -> platform.status(c.caseId()), s -> s == CaseStatus.CLOSED_FOLLOWED_UP);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.LETTER)).isEmpty();
        assertThat(platform.events(c.caseId(), CaseEvent.Type.NOTIFICATION)).isEmpty();
    }

    @Test
    void aCrisisSignalGoesToTheTeamLeadTheSameDayAndTheHandoverNeedsItsTime() {
        CaseRecord c = submit(WOONSTEDE, "signaal", Map.of("bron", "buurtbewoner", "voornaam", "Riet", "achternaam", "Smit",
                "adres", "Lindelaan 4", "woonplaats", "Aalsmeer", "zorg", "Ik hoor elke avond geschreeuw en slaan.",
                "spoed", "ja", "persoonWeetHet", "weet-niet"));

        UserTaskRecord crisis = openTask(c, "crisisBeoordelen");
        assertThat(crisis.candidateGroup()).isEqualTo("signalen-teamleiders");
        assertThat(crisis.dueDate().atZone(NL).toLocalDate()).isEqualTo(c.createdAt().atZone(NL).toLocalDate());
        platform.bean(TaskService.class).claim(MILA, crisis.taskId());
        var wrong = platform.bean(TaskService.class).completeJson(MILA, crisis.taskId(), Map.of("overgedragen", "ja",
                "overdrachtDatum", LocalDate.now(NL).toString(), "overdrachtTijd", "half drie", "contactpersoonVeiligThuis", "Sanne Visser"),
                Language.NL);
        assertThat(wrong.completed()).isFalse();
        assertThat(wrong.validation().errors()).containsOnlyKeys("overdrachtTijd");

        complete(MILA, crisis, Map.of("overgedragen", "ja", "overdrachtDatum", LocalDate.now(NL).toString(), "overdrachtTijd", "14:30",
                "contactpersoonVeiligThuis", "Sanne Visser"));
        eventually(WAIT, () -> platform.status(c.caseId()), s -> s == CaseStatus.CLOSED_REFERRED);
    }

    private static CaseRecord submit(Principal by, String formId, Map<String, Object> values) {
        var outcome = platform.bean(SubmissionService.class).submitJson(by, formId, values, UUID.randomUUID().toString(), Language.NL);
        assertThat(outcome.validation().errors()).isEmpty();
        return outcome.caseRecord();
    }

    private static UserTaskRecord openTask(CaseRecord c, String elementId) {
        return eventually(WAIT, () -> platform.tasks(c.caseId()).stream()
                .filter(t -> t.elementId().equals(elementId) && t.isOpen()).findFirst().orElse(null), t -> t != null);
    }

    private static void complete(Principal worker, UserTaskRecord task, Map<String, Object> values) {
        TaskService tasks = platform.bean(TaskService.class);
        tasks.claim(worker, task.taskId());
        var done = tasks.completeJson(worker, task.taskId(), values, Language.NL);
        assertThat(done.validation().errors()).as(task.elementId()).isEmpty();
    }

    /** Monday to Friday in Dutch time, the same time of day; holidays are not skipped (issue 9). */
    private static Instant plusWorkingDays(Instant from, int days) {
        ZonedDateTime at = from.atZone(NL);
        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return at.toInstant();
    }
}
