package nl.toegang.worker;

import static nl.toegang.worker.TestPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.ProcessStarter;
import nl.toegang.core.jobs.JobType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Zeebe hands a job out again when a run ends before completing it (a Lambda that timed out).
 * The resident must still see each status, letter and notification once.
 */
class RedeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(5);

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        platform.deploy(TestProcesses.route(), "worker-test-route.bpmn");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void serviceTasksRunTwiceLeaveOneEventEach() {
        CaseRecord c = platform.storeCase("Anna", false);
        platform.bean(ProcessStarter.class).tryStart(c);
        Map<JobType, JobHandler> handlers = handlersByType();

        for (JobType type : List.of(JobType.CASE_STATUS, JobType.LETTER, JobType.NOTIFY_RESIDENT)) {
            ActivatedJob first = activate(c, type.type(), SHORT_TIMEOUT);
            handlers.get(type).handle(Job.from(first)); // the run stops here, before completing the job
            platform.zeebe.increaseTime(SHORT_TIMEOUT.plusSeconds(1));

            ActivatedJob again = activate(c, type.type(), Duration.ofMinutes(1));

            assertThat(again.getKey()).isEqualTo(first.getKey());
            assertThat(platform.bean(JobRunner.class).run(platform.camunda(), again)).isEqualTo(JobRunner.Outcome.COMPLETED);
        }

        assertThat(platform.events(c.caseId(), CaseEvent.Type.STATUS_CHANGED)).hasSize(1);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.LETTER)).hasSize(1);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.NOTIFICATION)).hasSize(1);
    }

    @Test
    void aUserTaskProjectedTwiceIsOneTask() {
        CaseRecord c = platform.storeCase("Bram", false);
        platform.bean(ProcessStarter.class).tryStart(c);
        JobRunner runner = platform.bean(JobRunner.class);
        for (JobType type : List.of(JobType.CASE_STATUS, JobType.LETTER, JobType.NOTIFY_RESIDENT)) {
            runner.run(platform.camunda(), activate(c, type.type(), Duration.ofMinutes(1)));
        }
        List<ActivatedJob> userTasks = activateAll(c, JobType.USER_TASK, SHORT_TIMEOUT, 2);
        userTasks.forEach(job -> assertThat(runner.run(platform.camunda(), job)).isEqualTo(JobRunner.Outcome.PROJECTED));
        platform.zeebe.increaseTime(SHORT_TIMEOUT.plusSeconds(1));

        List<ActivatedJob> again = activateAll(c, JobType.USER_TASK, Duration.ofMinutes(1), 2);
        again.forEach(job -> runner.run(platform.camunda(), job));

        assertThat(again).extracting(ActivatedJob::getKey)
                .containsExactlyInAnyOrderElementsOf(userTasks.stream().map(ActivatedJob::getKey).toList());
        assertThat(platform.tasks(c.caseId())).hasSize(2);
        assertThat(platform.events(c.caseId(), CaseEvent.Type.TASK_CREATED)).hasSize(2);
    }

    private static Map<JobType, JobHandler> handlersByType() {
        Map<JobType, JobHandler> byType = new java.util.EnumMap<>(JobType.class);
        platform.context.getBeansOfType(JobHandler.class).forEach(h -> byType.put(h.type(), h));
        return byType;
    }

    private static ActivatedJob activate(CaseRecord c, String type, Duration timeout) {
        return activateAll(c, type, timeout, 1).getFirst();
    }

    /** Jobs of other tests' cases that come along are left activated; nobody else works on them here. */
    private static List<ActivatedJob> activateAll(CaseRecord c, String type, Duration timeout, int count) {
        List<ActivatedJob> jobs = new java.util.ArrayList<>();
        eventually(WAIT, () -> {
            platform.camunda().newActivateJobsCommand()
                    .jobType(type).maxJobsToActivate(10).timeout(timeout)
                    .send().join().getJobs().stream()
                    .filter(job -> c.caseId().equals(job.getVariable("caseId")))
                    .forEach(jobs::add);
            return jobs.size();
        }, n -> n >= count);
        return jobs;
    }
}
