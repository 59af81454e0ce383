package nl.toegang.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The AWS way of running jobs: a scheduled run that sweeps, polls and stops in time. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerFunctionTest {

    /** Short, so the tests do not wait the Lambda's full 20 seconds of quiet. */
    private static final JobPoller.Settings SETTINGS = new JobPoller.Settings(Duration.ofSeconds(2), Duration.ofSeconds(1));

    private static TestPlatform platform;
    private static WorkerFunction function;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        platform.deploy(TestProcesses.route(), "worker-test-route.bpmn");
        function = new WorkerFunction(platform.context, SETTINGS);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @Order(0)
    void afterAnOutageOneRunStartsEveryWaitingCaseNotJustOneBatch() {
        List<CaseRecord> waiting = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> platform.storeCase("Wachtend" + i, false))
                .toList();

        String summary = function.run(Deadline.in(Duration.ofSeconds(60)));

        assertThat(summary).startsWith("started 60 pending cases, ran 180 jobs, projected 120 user tasks");
        assertThat(platform.bean(nl.toegang.core.cases.CaseRepository.class).pendingStart(100)).isEmpty();
        for (CaseRecord c : waiting) {
            assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.TRIAGE);
        }
    }

    @Test
    @Order(1)
    void aRunStartsPendingCasesAndRunsTheirJobsThenStopsWhenTheEngineIsQuiet() {
        CaseRecord first = platform.storeCase("Olga", false);
        CaseRecord second = platform.storeCase("Pieter", false);
        Instant begin = Instant.now();

        String summary = function.run(Deadline.in(Duration.ofSeconds(60)));

        assertThat(summary).isEqualTo("started 2 pending cases, ran 6 jobs, projected 4 user tasks");
        assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(30));
        for (CaseRecord c : new CaseRecord[] {first, second}) {
            assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.TRIAGE);
            assertThat(platform.events(c.caseId(), CaseEvent.Type.LETTER)).hasSize(1);
            assertThat(platform.events(c.caseId(), CaseEvent.Type.NOTIFICATION)).hasSize(1);
            assertThat(platform.tasks(c.caseId())).hasSize(2);
        }
    }

    @Test
    @Order(2)
    void aRunWithoutTimeToSpareLeavesTheJobsForTheNextRun() {
        CaseRecord c = platform.storeCase("Quinten", false);

        String hurried = function.handleRequest(Map.of(), lambdaWithRemaining(Duration.ofMillis(1500)));

        assertThat(hurried).isEqualTo("started 1 pending cases, ran 0 jobs, projected 0 user tasks");
        assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.RECEIVED);

        String next = function.handleRequest(Map.of(), lambdaWithRemaining(Duration.ofSeconds(60)));

        assertThat(next).isEqualTo("started 0 pending cases, ran 3 jobs, projected 2 user tasks");
        assertThat(platform.status(c.caseId())).isEqualTo(CaseStatus.TRIAGE);
    }

    @Test
    @Order(3)
    void aRunThatCannotReachTheEngineFailsSoItShowsInTheFunctionsErrors() {
        CaseRecord c = platform.storeCase("Rosa", false);
        platform.zeebe.stop();

        assertThatThrownBy(() -> function.run(Deadline.in(Duration.ofSeconds(30))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("started 0 pending cases, ran 0 jobs, projected 0 user tasks; stopped early: "
                        + "activating jobs of type ");
        assertThat(platform.bean(nl.toegang.core.cases.CaseRepository.class).pendingStart(10)).contains(c.caseId());
    }

    /** A Lambda context that only knows how much time is left, like the real one counting down. */
    private static Context lambdaWithRemaining(Duration remaining) {
        Instant end = Instant.now().plus(remaining);
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemainingTimeInMillis" -> (int) Duration.between(Instant.now(), end).toMillis();
                    case "toString" -> "test lambda context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
