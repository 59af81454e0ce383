package nl.toegang.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.ProcessStarter;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many meldingen at the same moment: the dispatcher takes on only as many jobs as it can run,
 * so no job outlives its timeout while it waits, none runs twice, and every case reaches its
 * first tasks.
 */
class JobBurstTest {

    private static final int CASES = 150;
    /** Far shorter than the default, so a job left waiting in the client would show as timed out. */
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(20);

    private static TestPlatform platform;
    private static JobDispatcher dispatcher;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("toegang.worker.service-task-timeout", SHORT_TIMEOUT.toSeconds() + "s"));
        platform.deploy(TestProcesses.route(), "worker-test-route.bpmn");
        dispatcher = platform.bean(JobDispatcher.class);
        dispatcher.start();
    }

    @AfterAll
    static void stop() {
        dispatcher.close();
        platform.close();
    }

    @Test
    void aBurstOfMeldingenDrainsWithNoJobTimedOutAndEveryCaseGetsItsTasks() {
        List<CaseRecord> cases = IntStream.range(0, CASES).mapToObj(i -> platform.storeCase("Burst" + i, false)).toList();
        ProcessStarter starter = platform.bean(ProcessStarter.class);

        // started together, as the resident function does for many residents sending at once
        try (var senders = Executors.newFixedThreadPool(16)) {
            cases.forEach(c -> senders.submit(() -> starter.tryStart(c)));
        }

        Set<String> expected = new HashSet<>(cases.stream().map(CaseRecord::caseId).toList());
        awaitEveryCaseInBothInboxes(expected);
        assertThat(serviceJobTimeouts()).as("timeouts the service-task jobs were activated with").containsOnly(SHORT_TIMEOUT);
        assertThat(platform.timedOutJobs()).as("jobs that timed out in the engine").isZero();
        for (CaseRecord c : cases.subList(0, 10)) {
            assertThat(platform.tasks(c.caseId())).hasSize(2);
        }
    }

    /** Polled once a second: reading both inboxes is work for DynamoDB Local too. */
    private static void awaitEveryCaseInBothInboxes(Set<String> caseIds) {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long withTasks = 0;
        while ((withTasks = withOpenTasksInBothInboxes(caseIds)) < caseIds.size()) {
            assertThat(System.nanoTime()).as("cases with both tasks after 5 minutes: %d of %d", withTasks, caseIds.size())
                    .isLessThan(end);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Set<Duration> serviceJobTimeouts() {
        Set<Duration> timeouts = new HashSet<>();
        for (Record<?> r : platform.records()) {
            if (r.getValueType() == ValueType.JOB_BATCH && r.getIntent() == JobBatchIntent.ACTIVATED
                    && r.getValue() instanceof JobBatchRecordValue batch && !JobType.USER_TASK.equals(batch.getType())
                    && !batch.getJobKeys().isEmpty()) {
                timeouts.add(Duration.ofMillis(batch.getTimeout()));
            }
        }
        return timeouts;
    }

    /** Read as case workers see them: the two teams' inboxes. */
    private static long withOpenTasksInBothInboxes(Set<String> caseIds) {
        TaskRepository tasks = platform.bean(TaskRepository.class);
        Set<String> consulenten = new HashSet<>(tasks.openForGroup("wmo-consulenten").stream().map(UserTaskRecord::caseId).toList());
        return tasks.openForGroup("wmo-teamleiders").stream()
                .map(UserTaskRecord::caseId)
                .filter(caseIds::contains)
                .filter(consulenten::contains)
                .distinct()
                .count();
    }
}
