package nl.toegang.core.tasks;

import io.camunda.client.CamundaClient;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.engine.EngineErrors;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormValidator;
import nl.toegang.forms.Language;

/**
 * What case workers do with tasks: see their team's inbox, claim, open and complete. Every rule
 * (team membership, the claim, four eyes) is checked here, on the server, whatever the page shows.
 */
@Singleton
public class TaskService {

    /** A task header naming another task of the same case whose completer may not complete this one. */
    public static final String FOUR_EYES_HEADER = "toegang.fourEyes";
    public static final String CASEWORKER_ROLE = "caseworker";
    // User task jobs wait for people; the claim renews the job so it cannot time out under their hands.
    static final Duration USER_TASK_JOB_TIMEOUT = Duration.ofDays(365);

    private final TaskRepository tasks;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final DefinitionRepository definitions;
    private final CamundaClient camunda;

    public TaskService(TaskRepository tasks, CaseRepository cases, CaseEventRepository events,
            DefinitionRepository definitions, CamundaClient camunda) {
        this.tasks = tasks;
        this.cases = cases;
        this.events = events;
        this.definitions = definitions;
        this.camunda = camunda;
    }

    /** Open tasks of the case worker's teams and the ones they hold, earliest due first. */
    public List<UserTaskRecord> inbox(Principal worker) {
        worker.require(CASEWORKER_ROLE);
        Map<String, UserTaskRecord> open = new LinkedHashMap<>();
        tasks.openForAssignee(worker.subject()).forEach(t -> open.put(t.taskId(), t));
        for (String group : worker.groups()) {
            tasks.openForGroup(group).forEach(t -> open.putIfAbsent(t.taskId(), t));
        }
        List<UserTaskRecord> list = new ArrayList<>(open.values());
        list.sort(Comparator.comparing((UserTaskRecord t) -> t.dueDate() == null ? Instant.MAX : t.dueDate())
                .thenComparing(UserTaskRecord::createdAt));
        return list;
    }

    /** A task with everything needed to work on it. Opening it is logged in the case history. */
    public TaskDetail open(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        CaseRecord c = cases.find(task.caseId()).orElseThrow(() -> ProblemException.notFound("task.caseGone"));
        events.append(CaseEvent.of(c.caseId(), CaseEvent.Type.VIEWED, worker.subject(), worker.name(), false,
                Map.of("taskId", taskId, "task", task.name())));
        return new TaskDetail(task, form(task), c);
    }

    public record TaskDetail(UserTaskRecord task, FormDefinition form, CaseRecord caseRecord) {}

    public UserTaskRecord claim(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        if (!task.isOpen()) {
            throw ProblemException.conflict("task.notOpen");
        }
        checkFourEyes(worker, task);
        if (!jobStillWaiting(task)) {
            throw ProblemException.conflict("task.processMovedOn");
        }
        if (!tasks.claim(taskId, worker.subject(), worker.name())) {
            UserTaskRecord now = tasks.find(taskId).orElseThrow();
            throw ProblemException.conflict("task.heldBy", now.assigneeName());
        }
        events.append(CaseEvent.of(task.caseId(), CaseEvent.Type.TASK_CLAIMED, worker.subject(), worker.name(), false,
                Map.of("taskId", taskId, "task", task.name())));
        return tasks.find(taskId).orElseThrow();
    }

    public UserTaskRecord unclaim(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        if (!tasks.unclaim(taskId, worker.subject())) {
            throw ProblemException.conflict("task.notYours");
        }
        return tasks.find(task.taskId()).orElseThrow();
    }

    /** Input from an HTML form post. */
    public Completion completeFormPost(Principal worker, String taskId, Map<String, List<String>> input, Language language) {
        UserTaskRecord task = claimedBy(worker, taskId);
        FormDefinition form = form(task);
        return complete(worker, task, form, FormValidator.validate(form, input, language, task.variables()));
    }

    /** Input from the JSON API. */
    public Completion completeJson(Principal worker, String taskId, Map<String, Object> input, Language language) {
        UserTaskRecord task = claimedBy(worker, taskId);
        FormDefinition form = form(task);
        return complete(worker, task, form, FormValidator.validateJson(form, input, language, task.variables()));
    }

    /**
     * @param task the completed task, or the unchanged one when the input was invalid
     * @param refused the task with its form and case when the input was invalid, to show them again; else null
     */
    public record Completion(UserTaskRecord task, FormResult validation, TaskDetail refused) {
        public boolean completed() {
            return validation.errors().isEmpty();
        }
    }

    private Completion complete(Principal worker, UserTaskRecord task, FormDefinition form, FormResult result) {
        if (!result.errors().isEmpty()) {
            CaseRecord c = cases.find(task.caseId()).orElseThrow(() -> ProblemException.notFound("task.caseGone"));
            return new Completion(task, result, new TaskDetail(task, form, c));
        }
        try {
            camunda.newCompleteCommand(task.jobKey()).variables(result.values()).send().join();
        } catch (RuntimeException e) {
            if (EngineErrors.isNotFound(e)) {
                tasks.markCancelled(task.taskId());
                throw ProblemException.conflict("task.processMovedOn");
            }
            throw ProblemException.unavailable("engine.unreachable.notSaved");
        }
        tasks.markCompleted(task.taskId(), worker.subject(), worker.name(), Instant.now());
        events.append(CaseEvent.of(task.caseId(), CaseEvent.Type.TASK_COMPLETED, worker.subject(), worker.name(), false,
                Map.of("taskId", task.taskId(), "task", task.name(), "values", result.values())));
        return new Completion(tasks.find(task.taskId()).orElseThrow(), result, null);
    }

    private UserTaskRecord claimedBy(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        if (!task.isOpen()) {
            throw ProblemException.conflict("task.notOpen");
        }
        if (task.assignee() == null) {
            throw ProblemException.conflict("task.claimFirst");
        }
        if (!task.assignee().equals(worker.subject())) {
            throw ProblemException.forbidden("task.heldByOnlyThey", task.assigneeName());
        }
        checkFourEyes(worker, task);
        return task;
    }

    private void checkFourEyes(Principal worker, UserTaskRecord task) {
        String otherElement = task.headers().get(FOUR_EYES_HEADER);
        if (otherElement == null) {
            return;
        }
        tasks.forCase(task.caseId()).stream()
                .filter(t -> t.elementId().equals(otherElement) && t.completedAt() != null)
                .max(Comparator.comparing(UserTaskRecord::completedAt))
                .filter(t -> worker.subject().equals(t.completedBy()))
                .ifPresent(t -> {
                    throw ProblemException.forbidden("task.fourEyes", t.name());
                });
    }

    private UserTaskRecord visibleTask(Principal worker, String taskId) {
        worker.require(CASEWORKER_ROLE);
        if (taskId == null || !taskId.matches("\\d{1,19}")) {
            throw ProblemException.notFound("task.unknown", taskId);
        }
        UserTaskRecord task = tasks.find(taskId).orElseThrow(() -> ProblemException.notFound("task.unknown", taskId));
        boolean mine = worker.subject().equals(task.assignee());
        if (!mine && !worker.inGroup(task.candidateGroup())) {
            // Same answer as an unknown task: a case worker outside the team learns nothing about it.
            throw ProblemException.notFound("task.unknown", taskId);
        }
        return task;
    }

    private FormDefinition form(UserTaskRecord task) {
        return definitions.findByKey(task.formKey())
                .map(d -> FormDefinition.parse(d.content()))
                .orElseThrow(() -> new IllegalStateException("Form " + task.formId() + " is not deployed"));
    }

    private boolean jobStillWaiting(UserTaskRecord task) {
        try {
            camunda.newUpdateTimeoutCommand(task.jobKey()).timeout(USER_TASK_JOB_TIMEOUT).send().join();
            return true;
        } catch (RuntimeException e) {
            if (EngineErrors.isNotFound(e)) {
                tasks.markCancelled(task.taskId());
                return false;
            }
            throw ProblemException.unavailable("engine.unreachable.tryAgain");
        }
    }
}
