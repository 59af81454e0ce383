package nl.toegang.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.jobs.JobType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handlers on their own, against the real tables, with jobs as the engine would deliver them. */
class HandlersTest {

    private static final AtomicLong KEYS = new AtomicLong(1);

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        platform.bean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        platform.deploy(TestProcesses.letterOnly("worker-test-besluit-brief", "worker-test-besluit", "aanvraag"),
                "worker-test-besluit-brief.bpmn");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void everyJobTypeHasExactlyOneHandler() {
        List<JobType> handled = platform.context.getBeansOfType(JobHandler.class).stream().map(JobHandler::type).toList();

        assertThat(handled).containsExactlyInAnyOrder(JobType.values());
    }

    @Test
    void closingTwiceLeavesOneClosedEventAndALaterWithdrawalChangesNothing() {
        CaseRecord c = platform.storeCase("Kees", true);
        Job close = job(JobType.CLOSE_CASE, c, Map.of("status", "CLOSED_GRANTED"), Map.of());

        handler(CloseCaseHandler.class).handle(close);
        handler(CloseCaseHandler.class).handle(close);
        handler(WithdrawCaseHandler.class).handle(job(JobType.WITHDRAW_CASE, c, Map.of(), Map.of()));

        assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.CLOSED_GRANTED);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.CLOSED)).singleElement()
                .satisfies(e -> assertThat(e.text("status")).isEqualTo("CLOSED_GRANTED"));
    }

    @Test
    void aLateStatusJobDoesNotReopenAClosedCase() {
        CaseRecord c = platform.storeCase("Lotte", true);
        handler(CloseCaseHandler.class).handle(job(JobType.CLOSE_CASE, c, Map.of("status", "CLOSED_REJECTED"), Map.of()));

        handler(CaseStatusHandler.class).handle(job(JobType.CASE_STATUS, c, Map.of("status", "DECISION"), Map.of()));

        assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.CLOSED_REJECTED);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.STATUS_CHANGED)).isEmpty();
    }

    @Test
    void modellingMistakesAreRefusedWithAMessageThatSaysWhatToChange() {
        CaseRecord c = platform.storeCase("Mo", true);

        assertThatThrownBy(() -> handler(CaseStatusHandler.class)
                .handle(job(JobType.CASE_STATUS, c, Map.of("status", "CLOSED_ADVICE"), Map.of())))
                .hasMessageContaining("Status CLOSED_ADVICE on element 'stap' ends the case; use job type toegang.close-case");
        assertThatThrownBy(() -> handler(CaseStatusHandler.class)
                .handle(job(JobType.CASE_STATUS, c, Map.of("status", "KLAAR"), Map.of())))
                .hasMessageStartingWith("Unknown case status 'KLAAR'. Use one of [RECEIVED")
                .hasMessageEndingWith("(header 'status' on element 'stap')");
        assertThatThrownBy(() -> handler(CloseCaseHandler.class)
                .handle(job(JobType.CLOSE_CASE, c, Map.of("status", "DECISION"), Map.of())))
                .hasMessageContaining("closing a case needs one of [CLOSED_ADVICE, CLOSED_GRANTED, CLOSED_REJECTED, CLOSED_REFERRED");
        assertThatThrownBy(() -> handler(LetterHandler.class)
                .handle(job(JobType.LETTER, c, Map.of("template", "bestaat-niet"), Map.of())))
                .hasMessageStartingWith("Letter template bestaat-niet.nl.md is not deployed.");
        assertThatThrownBy(() -> handler(NotifyResidentHandler.class)
                .handle(job(JobType.NOTIFY_RESIDENT, c, Map.of(), Map.of())))
                .hasMessageStartingWith("Header 'message' is missing on element 'stap'");
        assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void aJobForACaseThatDoesNotExistSaysSo() {
        CaseRecord missing = new CaseRecord("WMO-BESTAATNIET", "x", "x", "wmo-melding", 1, "wmo", Map.of(),
                CaseStatus.RECEIVED, java.time.Instant.now(), true, null, null, null, null);

        assertThatThrownBy(() -> handler(CaseStatusHandler.class)
                .handle(job(JobType.CASE_STATUS, missing, Map.of("status", "TRIAGE"), Map.of())))
                .hasMessageStartingWith("Case WMO-BESTAATNIET does not exist (element 'stap'");
    }

    @Test
    void theDecisionLetterSaysInWordsWhatWasDecidedInTheLettersLanguage() {
        CaseRecord c = platform.storeCase("Noor", true);

        handler(LetterHandler.class).handle(job(JobType.LETTER, c, Map.of("template", "worker-test-besluit"),
                Map.of("besluit", "afwijzen", "aanvraag", Map.of("voornaam", "Noor"))));

        CaseEvent letter = platform.events(c.caseId(), CaseEvent.Type.LETTER).getFirst();
        assertThat(letter.text("nl")).isEqualTo("Beste Noor,\n\nU krijgt de hulp die hieronder staat niet.\n");
        assertThat(letter.text("en")).isEqualTo("Dear Noor,\n\nYou will not receive the support described below.\n");
    }

    @Test
    void wordsTheModelGivesForTheDecisionAreUsedInTheirOwnLanguage() {
        CaseRecord c = platform.storeCase("Omar", true);

        handler(LetterHandler.class).handle(job(JobType.LETTER, c, Map.of("template", "worker-test-besluit"),
                Map.of("besluit", "toekennen", "besluitTekst", "Wij kennen toe.", "besluitTekstEn", "We grant it.",
                        "aanvraag", Map.of("voornaam", "Omar"))));

        CaseEvent letter = platform.events(c.caseId(), CaseEvent.Type.LETTER).getFirst();
        assertThat(letter.text("nl")).endsWith("Wij kennen toe.\n");
        assertThat(letter.text("en")).endsWith("We grant it.\n");
    }

    @Test
    void theWmoDecisionLetterIsFilledCompletelyFromTheRoutesVariables() {
        CaseRecord c = platform.storeCase("Petra", true);

        handler(LetterHandler.class).handle(job(JobType.LETTER, c, Map.of("template", "beschikking"), Map.of(
                "melding", c.values(),
                "besluit", "toekennen",
                "product", "huishoudelijke-hulp",
                "leveringsvorm", "natura",
                "ingangsdatum", "2027-01-01",
                "einddatum", "2027-12-31",
                "omvang", "3 uur per week",
                "motivering", "Uw netwerk kan het huishouden niet overnemen.")));

        CaseEvent letter = platform.events(c.caseId(), CaseEvent.Type.LETTER).getFirst();
        assertThat(letter.text("nl"))
                .contains("Beste Petra de Vries,", "het kenmerk " + c.caseId(), "U krijgt de hulp die hieronder staat.",
                        "Vanaf: 1 januari 2027", "Tot en met: 31 december 2027", "Hoeveel: 3 uur per week")
                .doesNotContain("${", "2027-01-01");
        assertThat(letter.text("en"))
                .contains("Dear Petra de Vries,", "You will receive the support described below.", "From: 1 January 2027")
                .doesNotContain("${", "U krijgt");
    }

    @Test
    void aDecisionLetterRecordsItsRemedyAddresseeAndSenderForThePdf() {
        CaseRecord c = platform.storeCase("Sara", true);

        handler(LetterHandler.class).handle(job(JobType.LETTER, c, Map.of("template", "worker-test-besluit",
                "rechtsmiddel", "bezwaar"), Map.of("besluit", "toekennen", "aanvraag", Map.of("voornaam", "Sara"))));

        CaseEvent letter = platform.events(c.caseId(), CaseEvent.Type.LETTER).getFirst();
        assertThat(letter.text("rechtsmiddel")).isEqualTo("bezwaar");
        assertThat(letter.data().get("addressee")).isInstanceOfSatisfying(Map.class,
                addressee -> assertThat(String.valueOf(addressee.get("name"))).contains("Sara"));
        assertThat(letter.text("sender")).isNotBlank();
    }

    @Test
    void anUnknownRemedyIsAModellingMistake() {
        CaseRecord c = platform.storeCase("Ties", true);

        assertThatThrownBy(() -> handler(LetterHandler.class).handle(job(JobType.LETTER, c,
                Map.of("template", "worker-test-besluit", "rechtsmiddel", "klacht"), Map.of("besluit", "toekennen"))))
                .hasMessageContaining("Header 'rechtsmiddel' on element 'stap' is 'klacht'; use one of bezwaar, beroep");
        assertThat(platform.events(c.caseId(), CaseEvent.Type.LETTER)).isEmpty();
    }

    @Test
    void theOutcomeOfAnObjectionIsOneLineInTheDecidedCasesHistoryWhichKeepsItsStatus() {
        CaseRecord decided = platform.storeCase("Greet", true);
        handler(CloseCaseHandler.class).handle(job(JobType.CLOSE_CASE, decided, Map.of("status", "CLOSED_REJECTED"), Map.of()));
        CaseRecord objection = platform.storeCase("Greet", true);
        Job outcome = job(JobType.OBJECTION_OUTCOME, objection, Map.of(),
                Map.of("bezwaarOp", decided.caseId(), "uitkomst", "gegrond"));

        handler(ObjectionOutcomeHandler.class).handle(outcome);
        handler(ObjectionOutcomeHandler.class).handle(outcome);

        assertThat(platform.events(decided.caseId(), CaseEvent.Type.OBJECTION_DECIDED)).singleElement()
                .satisfies(e -> {
                    assertThat(e.text("outcome")).isEqualTo("gegrond");
                    assertThat(e.text("objectionId")).isEqualTo(objection.caseId());
                    assertThat(e.visibleToResident()).isTrue();
                });
        assertThat(platform.status(decided.caseId())).isEqualTo(CaseStatus.CLOSED_REJECTED);
        assertThatThrownBy(() -> handler(ObjectionOutcomeHandler.class).handle(job(JobType.OBJECTION_OUTCOME, objection,
                Map.of(), Map.of("bezwaarOp", decided.caseId(), "uitkomst", "half"))))
                .isInstanceOf(JobFailedException.class).hasMessageContaining("uitkomst");
    }

    private static <T extends JobHandler> T handler(Class<T> type) {
        return platform.bean(type);
    }

    private static Job job(JobType type, CaseRecord c, Map<String, String> headers, Map<String, Object> variables) {
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.put("caseId", c.caseId());
        return new Job(KEYS.getAndIncrement(), type.type(), 42, "stap", 3, all, headers);
    }
}
