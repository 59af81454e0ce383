package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.clock.PenaltyForLateDecision;
import nl.toegang.core.clock.PlatformClock;
import nl.toegang.core.clock.TermCounting;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.penalty.DefaultNoticeState;
import nl.toegang.core.penalty.DefaultNotices;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The notice of default as shipped, with the real worker and engine: the Wmo route gives the team lead
 * a task, the dwangsom process waits for the decision letter or the maximum, the engine's clock and the
 * platform's clock move together, and the amounts are the law's (PenaltyForLateDecision).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the engine's clock only moves forward: the longest move last
class DefaultNoticeProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicLong KEYS = new AtomicLong(9_000);
    private static final Principal JAN = new Principal("resident-dwangsom", "Jan Bakker", Set.of(Principal.RESIDENT), Set.of(),
            Optional.of("111222333"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    private static TestPlatform platform;
    private static JobDispatcher dispatcher;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        deployWhenTheEngineIsUp();
        dispatcher = platform.bean(JobDispatcher.class);
        dispatcher.start();
    }

    /** On a busy machine the fresh engine may answer its first deployment late; the deployment is all or nothing. */
    private static void deployWhenTheEngineIsUp() {
        for (int attempt = 1; ; attempt++) {
            try {
                platform.bean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
                return;
            } catch (ProblemException unavailable) {
                if (unavailable.status() != 503 || attempt == 5) {
                    throw unavailable;
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        platform.close();
    }

    /** A Wmo melding whose decision term (two weeks, art. 2.3.5 Wmo 2015) ended {@code daysAgo} days ago. */
    private static CaseRecord caseWhoseTermPassed(int daysAgo) {
        Map<String, Object> values = new HashMap<>(Map.ofEntries(Map.entry("voornaam", "Jan"), Map.entry("achternaam", "Bakker"),
                Map.entry("bsn", "111222333"), Map.entry("geboortedatum", "1948-03-12"), Map.entry("adres", "Dorpsstraat 1"),
                Map.entry("postcode", "1431 AA"), Map.entry("woonplaats", "Aalsmeer"), Map.entry("telefoon", "0297123456"),
                Map.entry("namens", "zelf"), Map.entry("hulpvragen", List.of("huishouden")),
                Map.entry("situatie", "Ik kan niet meer stofzuigen."), Map.entry("spoed", "nee"),
                Map.entry("clientondersteuning", "nee"), Map.entry("akkoord", true)));
        var outcome = platform.bean(SubmissionService.class).submitJson(JAN, "wmo-melding", values, UUID.randomUUID().toString(),
                Language.NL);
        assertThat(outcome.validation().errors()).isEmpty();
        CaseRecord c = outcome.caseRecord();
        eventually(WAIT, () -> platform.tasks(c.caseId()), t -> !t.isEmpty()); // the route runs
        LocalDate today = platform.bean(PlatformClock.class).today();
        CaseClocks clocks = platform.bean(CaseClocks.class);
        // Received long enough ago that the deadline (kept off rest days) lies daysAgo or more in the past.
        LocalDate received = today.minusDays(daysAgo + 20L);
        clocks.start(c.caseId(), "wmo", "beschikking", received, Period.ofWeeks(2), "art. 2.3.5 lid 2 Wmo 2015");
        LocalDate deadline = clocks.current(c.caseId(), today).orElseThrow().deadline();
        assertThat(deadline).isBefore(today);
        return c;
    }

    private static UserTaskRecord openTask(String caseId, String elementId) {
        return eventually(WAIT, () -> platform.tasks(caseId).stream()
                .filter(t -> t.elementId().equals(elementId) && t.isOpen()).findFirst().orElse(null), t -> t != null);
    }

    /** The engine's timers and the platform's days move together, as in production time passes for both. */
    private static void daysPass(int days) {
        platform.bean(PlatformClock.class).advance(Duration.ofDays(days));
        platform.zeebe.engine().increaseTime(Duration.ofDays(days));
    }

    @Test
    @Order(1)
    void theTeamLeadGetsATaskAndTheDecisionLetterStopsThePenaltyWhichTheTeamLeadSettles() {
        CaseRecord c = caseWhoseTermPassed(25);
        DefaultNotices notices = platform.bean(DefaultNotices.class);
        PlatformClock clock = platform.bean(PlatformClock.class);
        // The notice came twenty days ago; the decision letter (written now, as the letter job writes it) comes today.
        clock.advance(Duration.ofDays(-20));
        assertThat(notices.state(c.caseId()).orElseThrow().mayGiveNotice()).isTrue();
        DefaultNoticeState given = notices.give(JAN, c.caseId());
        notices.give(JAN, c.caseId()); // a double click
        LocalDate received = given.noticeReceived();
        assertThat(platform.events(c.caseId(), CaseEvent.Type.DEFAULT_NOTICE_RECEIVED)).hasSize(1);
        assertThat(given.days()).isZero();

        UserTaskRecord lead = openTask(c.caseId(), "ingebrekestellingBehandelen");
        assertThat(lead.candidateGroup()).isEqualTo("wmo-teamleiders");
        assertThat(lead.dueDate()).isEqualTo(TermCounting.endOfDay(received.plusWeeks(2).minusDays(1)).plusSeconds(1));
        assertThat(platform.tasks(c.caseId())).filteredOn(t -> t.elementId().equals("ingebrekestellingBehandelen")).hasSize(1);

        clock.advance(Duration.ofDays(20));
        PenaltyForLateDecision law = new PenaltyForLateDecision(given.deadline(), received);
        LocalDate today = clock.today();
        DefaultNoticeState now = notices.state(c.caseId()).orElseThrow();
        assertThat(now.days()).isEqualTo(law.days(today, null)).isPositive();
        assertThat(now.euros()).isEqualTo(PenaltyForLateDecision.euros(law.days(today, null)));

        platform.bean(LetterHandler.class).handle(new Job(KEYS.getAndIncrement(), JobType.LETTER.type(), 42, "beschikkingsbrief",
                3, Map.of("caseId", c.caseId(), "besluit", "toekennen"), Map.of("template", "beschikking", "rechtsmiddel", "bezwaar")));

        UserTaskRecord settle = openTask(c.caseId(), "dwangsomVaststellen");
        int owed = law.days(today, today);
        assertThat(settle.candidateGroup()).isEqualTo("wmo-teamleiders");
        assertThat(number(settle, "dwangsomDagen")).isEqualTo(owed);
        assertThat(number(settle, "dwangsomBedrag")).isEqualTo(PenaltyForLateDecision.euros(owed));
        // Awb 4:18: the penalty is set within two weeks after the last day it was owed.
        assertThat(settle.dueDate()).isEqualTo(TermCounting.endOfDay(law.firstDay().plusDays(owed - 1L).plusWeeks(2)));
        daysPass(5);
        assertThat(notices.state(c.caseId()).orElseThrow().days()).as("the decision stopped it").isEqualTo(owed);
    }

    private static int number(UserTaskRecord task, String variable) {
        return ((Number) task.variables().get(variable)).intValue();
    }

    @Test
    @Order(3)
    void withoutADecisionThePenaltyStopsAtTheMaximumAndTheTeamLeadSettlesThat() {
        CaseRecord c = caseWhoseTermPassed(1);
        DefaultNotices notices = platform.bean(DefaultNotices.class);
        notices.give(JAN, c.caseId());
        openTask(c.caseId(), "ingebrekestellingBehandelen");

        daysPass(14 + 42 + 1);

        UserTaskRecord settle = openTask(c.caseId(), "dwangsomVaststellen");
        assertThat(number(settle, "dwangsomDagen")).isEqualTo(42);
        assertThat(number(settle, "dwangsomBedrag")).isEqualTo(PenaltyForLateDecision.euros(42)).isEqualTo(1442);
        assertThat(notices.state(c.caseId()).orElseThrow().maximumReached()).isTrue();
    }

    @Test
    @Order(2)
    void noNoticeBeforeTheTermHasPassed() {
        CaseRecord c = caseWhoseTermPassed(2);
        platform.bean(CaseClocks.class).start(c.caseId(), "wmo", "nieuw", platform.bean(PlatformClock.class).today(),
                Period.ofWeeks(2), "art. 2.3.5 lid 2 Wmo 2015");
        assertThatThrownBy(() -> platform.bean(DefaultNotices.class).give(JAN, c.caseId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.key()).isEqualTo("defaultNotice.termRuns");
                });
        assertThat(platform.events(c.caseId(), CaseEvent.Type.DEFAULT_NOTICE_RECEIVED)).isEmpty();
    }
}
