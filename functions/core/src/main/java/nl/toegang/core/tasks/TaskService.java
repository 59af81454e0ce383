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
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.engine.EngineErrors;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdIds;
import nl.toegang.core.staff.StaffDirectory;
import nl.toegang.core.staff.StaffMember;
import nl.toegang.core.staff.Teams;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormValidator;
import nl.toegang.forms.Language;

/**
 * What case workers do with tasks: see their team's inbox, claim, open and complete. Every rule
 * (team membership, the claim, four eyes) is checked here, on the server, whatever the page shows.
 * Requests of the same task may arrive at the same moment; the states and their conditional writes
 * are in {@link TaskStatus} and docs/adr/0011-task-state-machine.md.
 */
@Singleton
public class TaskService {

    /** A task header naming another task of the same case whose completer may not complete this one. */
    public static final String FOUR_EYES_HEADER = "toegang.fourEyes";
    public static final String CASEWORKER_ROLE = "caseworker";
    /** The field, on the page and in the API, that names the colleague a task is given to. */
    public static final String ASSIGNEE_FIELD = "assignee";
    // User task jobs wait for people; the claim renews the job so it cannot time out under their hands.
    static final Duration USER_TASK_JOB_TIMEOUT = Duration.ofDays(365);
    /**
     * A request cannot outlive the function's timeout (30 s in template.yaml), so an attempt to
     * complete that started longer ago than this has died (a crash, a timeout) and may be retried.
     */
    static final Duration ABANDONED_ATTEMPT = Duration.ofSeconds(60);
    // Longer than the engine's request timeout (10 s), so a second click sees how the first one ends.
    static final Duration WAIT_FOR_ATTEMPT_IN_FLIGHT = Duration.ofSeconds(15);

    private final TaskRepository tasks;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final DefinitionRepository definitions;
    private final CamundaClient camunda;
    private final StaffDirectory staff;
    private final HouseholdAccess households;

    public TaskService(TaskRepository tasks, CaseRepository cases, CaseEventRepository events,
            DefinitionRepository definitions, CamundaClient camunda, StaffDirectory staff, HouseholdAccess households) {
        this.staff = staff;
        this.households = households;
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

    /**
     * A task with everything needed to work on it. Opening it is logged in the case history, or for
     * a household's task (its plan's review) in the household's history, and only for a case worker
     * who may see that household (ADR 0021).
     */
    public TaskDetail open(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        if (isHouseholdTask(task)) {
            return new TaskDetail(task, form(task), null, households.forWorker(worker, task.caseId()));
        }
        CaseRecord c = cases.find(task.caseId()).orElseThrow(() -> ProblemException.notFound("task.caseGone"));
        events.append(CaseEvent.of(c.caseId(), CaseEvent.Type.VIEWED, worker.subject(), worker.name(), false,
                Map.of("taskId", taskId, "task", task.name())));
        return new TaskDetail(task, form(task), c, null);
    }

    /**
     * @param caseRecord the case the task is about; null for a household's task
     * @param household the household a household's task is about (ADR 0024: its id stands where the case id is); else null
     */
    public record TaskDetail(UserTaskRecord task, FormDefinition form, CaseRecord caseRecord, Household household) {
        public boolean forHousehold() {
            return household != null;
        }
    }

    /** A household's task carries the household id where a case task has the case id (ADR 0024). */
    public static boolean isHouseholdTask(UserTaskRecord task) {
        return HouseholdIds.looksValid(task.caseId());
    }

    /**
     * The claim is written first and the engine asked after, so a job the engine no longer has
     * can only ever cancel a task this case worker just won.
     */
    public UserTaskRecord claim(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        if (task.heldBy(worker.subject())) {
            return task;
        }
        checkFourEyes(worker, task);
        if (!tasks.claim(taskId, worker.subject(), worker.name())) {
            UserTaskRecord now = current(taskId);
            if (now.heldBy(worker.subject())) {
                return now; // a second click on "claim": the first one won
            }
            throw now.isOpen() && now.assignee() != null
                    ? ProblemException.conflict("task.heldBy", now.assigneeName())
                    : ProblemException.conflict("task.notOpen");
        }
        try {
            camunda.newUpdateTimeoutCommand(task.jobKey()).timeout(USER_TASK_JOB_TIMEOUT).send().join();
        } catch (RuntimeException e) {
            // Either write is refused only when the case closed meanwhile and cancelled the task;
            // the answer is the same then.
            if (EngineErrors.isNotFound(e)) {
                tasks.cancelClaimed(taskId, worker.subject());
                throw ProblemException.conflict("task.processMovedOn");
            }
            tasks.unclaim(taskId, worker.subject());
            throw ProblemException.unavailable("engine.unreachable.tryAgain");
        }
        events.append(CaseEvent.of(task.caseId(), CaseEvent.Type.TASK_CLAIMED, worker.subject(), worker.name(), false,
                Map.of("taskId", taskId, "task", task.name())));
        return current(taskId);
    }

    public UserTaskRecord unclaim(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        if (tasks.unclaim(taskId, worker.subject())) {
            events.append(CaseEvent.of(task.caseId(), CaseEvent.Type.TASK_RELEASED, worker.subject(), worker.name(), false,
                    Map.of("taskId", taskId, "task", task.name())));
            return current(taskId);
        }
        UserTaskRecord now = current(taskId);
        if (now.status() == TaskStatus.OPEN) {
            return now; // a second click on "release": the team has it already
        }
        if (now.heldBy(worker.subject())) {
            throw ProblemException.conflict("task.beingCompleted");
        }
        throw now.isOpen() ? ProblemException.conflict("task.notYours") : ProblemException.conflict("task.notOpen");
    }

    /** A task a team lead may give away, with the colleagues they can give it to: everyone on record in its group. */
    public Assignment assignment(Principal lead, String taskId) {
        UserTaskRecord task = assignableBy(lead, taskId);
        return new Assignment(task, staff.members(task.candidateGroup()));
    }

    public record Assignment(UserTaskRecord task, List<StaffMember> colleagues) {}

    /** The task, if this person leads its team: only a team lead distributes work. */
    public UserTaskRecord assignableBy(Principal lead, String taskId) {
        UserTaskRecord task = visibleTask(lead, taskId);
        if (!Teams.leads(lead, task.candidateGroup())) {
            throw ProblemException.forbidden("task.notTeamLead");
        }
        return task;
    }

    /**
     * A team lead gives an open or claimed task of their team to a colleague of the task's group,
     * from the state the lead saw. If someone acted on the task in between (another lead, the holder),
     * the lead is told what changed and nothing is overwritten.
     *
     * @param seenAssignee the holder the lead saw; null or {@code ""} when they saw it open. Of two
     *     leads who saw the same state, only the first one's write finds it so.
     */
    public UserTaskRecord assign(Principal lead, String taskId, String assigneeId, String seenAssignee, Language language) {
        UserTaskRecord task = assignableBy(lead, taskId);
        if (!task.isOpen()) {
            throw ProblemException.conflict("task.notOpen");
        }
        Texts texts = Texts.of(language);
        StaffMember colleague = staff.member(task.candidateGroup(), assigneeId).orElseThrow(() -> ProblemException.invalidInput(
                Map.of(ASSIGNEE_FIELD, texts.get("problem.task.assigneeNotInTeam")), "task.assigneeNotInTeam"));
        fourEyesTask(colleague.id(), task).ifPresent(guarded -> {
            throw ProblemException.invalidInput(Map.of(ASSIGNEE_FIELD,
                    texts.get("problem.task.assigneeFourEyes", colleague.name(), guarded.name())),
                    "task.assigneeFourEyes", colleague.name(), guarded.name());
        });
        String seen = seenAssignee == null || seenAssignee.isBlank() ? null : seenAssignee;
        if (!tasks.assign(taskId, seen, colleague.id(), colleague.name())) {
            UserTaskRecord now = current(taskId);
            if (now.status() == TaskStatus.CLAIMED && colleague.id().equals(now.assignee())) {
                return now; // a second click: the first one gave it to them already
            }
            throw switch (now.status()) {
                case OPEN -> ProblemException.conflict("task.releasedMeanwhile");
                case CLAIMED -> ProblemException.conflict("task.assignedMeanwhile", now.assigneeName());
                case COMPLETING -> ProblemException.conflict("task.assignCompleting", now.assigneeName());
                default -> ProblemException.conflict("task.notOpen");
            };
        }
        try {
            camunda.newUpdateTimeoutCommand(task.jobKey()).timeout(USER_TASK_JOB_TIMEOUT).send().join();
        } catch (RuntimeException e) {
            if (EngineErrors.isNotFound(e)) {
                tasks.cancelClaimed(taskId, colleague.id());
                throw ProblemException.conflict("task.processMovedOn");
            }
            // Kept: the job still has the long timeout it was activated with (ADR 6); only the
            // renewal failed, and the colleague can work on the task all the same.
        }
        events.append(CaseEvent.of(task.caseId(), CaseEvent.Type.TASK_ASSIGNED, lead.subject(), lead.name(), false,
                Map.of("taskId", taskId, "task", task.name(), "assignee", colleague.id(), "assigneeName", colleague.name())));
        return current(taskId);
    }

    /** Input from an HTML form post. */
    public Completion completeFormPost(Principal worker, String taskId, Map<String, List<String>> input, Language language) {
        UserTaskRecord task = completableBy(worker, taskId);
        FormDefinition form = form(task);
        return complete(worker, task, form, FormValidator.validate(form, input, language, task.variables()));
    }

    /** Input from the JSON API. */
    public Completion completeJson(Principal worker, String taskId, Map<String, Object> input, Language language) {
        UserTaskRecord task = completableBy(worker, taskId);
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
        if (!result.errors().isEmpty() && task.status() != TaskStatus.COMPLETED) {
            if (isHouseholdTask(task)) {
                return new Completion(task, result, new TaskDetail(task, form, null, households.visibleTo(worker, task.caseId())));
            }
            CaseRecord c = cases.find(task.caseId()).orElseThrow(() -> ProblemException.notFound("task.caseGone"));
            return new Completion(task, result, new TaskDetail(task, form, c, null));
        }
        // Each pass either wins a conditional write or reads the state another request of this
        // person left (a double click); two passes settle it, a third is a margin.
        for (int pass = 0; pass < 3; pass++) {
            if (task.status() == TaskStatus.COMPLETED) {
                return new Completion(task, result, null); // sent again after it was done, e.g. a double click
            }
            Instant since = Instant.now();
            if (task.status() == TaskStatus.CLAIMED && tasks.startCompleting(task.taskId(), worker.subject(), since)) {
                return send(worker, task, result, since, false);
            }
            if (task.status() == TaskStatus.COMPLETING && task.completingSince().isBefore(since.minus(ABANDONED_ATTEMPT))) {
                if (tasks.retryCompleting(task.taskId(), worker.subject(), task.completingSince(), since)) {
                    return send(worker, task, result, since, true);
                }
            } else if (task.status() == TaskStatus.COMPLETING) {
                return outcomeOfAttemptInFlight(worker, task.taskId(), result);
            }
            task = completableBy(worker, task.taskId());
        }
        throw ProblemException.conflict("task.stillCompleting");
    }

    /**
     * Tells the engine. The completer is already recorded, so whatever happens here, four eyes holds.
     *
     * @param retry whether an earlier attempt of this person may have reached the engine
     */
    private Completion send(Principal worker, UserTaskRecord task, FormResult result, Instant since, boolean retry) {
        try {
            camunda.newCompleteCommand(task.jobKey()).variables(result.values()).send().join();
        } catch (RuntimeException e) {
            if (EngineErrors.isNotFound(e) && retry) {
                // The attempt that was cut off reached the engine: the job is gone because it was completed.
                return recordCompleted(worker, task, result);
            }
            if (EngineErrors.isNotFound(e)) {
                if (tasks.cancelCompleting(task.taskId(), since)) {
                    throw ProblemException.conflict("task.processMovedOn");
                }
                return outcomeOf(worker, current(task.taskId()), result);
            }
            if (tasks.backToClaimed(task.taskId(), worker.subject(), since)) {
                throw ProblemException.unavailable("engine.unreachable.notSaved");
            }
            return outcomeOf(worker, current(task.taskId()), result);
        }
        return recordCompleted(worker, task, result);
    }

    private Completion recordCompleted(Principal worker, UserTaskRecord task, FormResult result) {
        boolean recorded = tasks.markCompleted(task.taskId(), worker.subject(), worker.name(), Instant.now(), result.values());
        UserTaskRecord now = current(task.taskId());
        // Not recorded: a second request of this person recorded it, or the case closed meanwhile and
        // cancelled what was not completed. Either way the engine took these values.
        if (recorded || now.status() == TaskStatus.CANCELLED) {
            events.append(CaseEvent.of(task.caseId(), CaseEvent.Type.TASK_COMPLETED, worker.subject(), worker.name(), false,
                    Map.of("taskId", task.taskId(), "task", task.name(), "values", result.values())));
        }
        return new Completion(now, result, null);
    }

    /** A second request (a double click) while the first is with the engine: answer what the first one ends in. */
    private Completion outcomeOfAttemptInFlight(Principal worker, String taskId, FormResult result) {
        Instant giveUp = Instant.now().plus(WAIT_FOR_ATTEMPT_IN_FLIGHT);
        UserTaskRecord now = current(taskId);
        while (now.status() == TaskStatus.COMPLETING && Instant.now().isBefore(giveUp)) {
            pause();
            now = current(taskId);
        }
        return outcomeOf(worker, now, result);
    }

    private Completion outcomeOf(Principal worker, UserTaskRecord now, FormResult result) {
        return switch (now.status()) {
            case COMPLETED -> new Completion(now, result, null);
            case CANCELLED -> throw ProblemException.conflict("task.processMovedOn");
            case COMPLETING -> throw ProblemException.conflict("task.stillCompleting");
            case CLAIMED -> throw now.heldBy(worker.subject())
                    ? ProblemException.unavailable("engine.unreachable.notSaved")
                    : ProblemException.conflict("task.notYours");
            case OPEN -> throw ProblemException.conflict("task.claimFirst");
        };
    }

    /** The task, if this case worker may send its form now: they hold it and four eyes allows it. */
    private UserTaskRecord completableBy(Principal worker, String taskId) {
        UserTaskRecord task = visibleTask(worker, taskId);
        if (task.status() == TaskStatus.COMPLETED && worker.subject().equals(task.completedBy())) {
            return task;
        }
        if (!task.isOpen()) {
            throw ProblemException.conflict("task.notOpen");
        }
        if (task.status() == TaskStatus.OPEN) {
            throw ProblemException.conflict("task.claimFirst");
        }
        if (!task.heldBy(worker.subject())) {
            throw ProblemException.forbidden("task.heldByOnlyThey", task.assigneeName());
        }
        checkFourEyes(worker, task);
        return task;
    }

    /**
     * Refuses whoever tried to complete the task this one guards (its header names that task's
     * element), in the round this task follows: the latest such task created before it. That task is
     * read again with a consistent read, because the index may not show its latest write yet.
     */
    private void checkFourEyes(Principal worker, UserTaskRecord task) {
        fourEyesTask(worker.subject(), task).ifPresent(t -> {
            throw ProblemException.forbidden("task.fourEyes", t.name());
        });
    }

    /** The task this one guards, if this person tried to complete it; empty when four eyes allows them. */
    private Optional<UserTaskRecord> fourEyesTask(String subject, UserTaskRecord task) {
        String otherElement = task.headers().get(FOUR_EYES_HEADER);
        if (otherElement == null) {
            return Optional.empty();
        }
        return tasks.forCase(task.caseId()).stream()
                .filter(t -> t.elementId().equals(otherElement) && !t.createdAt().isAfter(task.createdAt()))
                .max(Comparator.comparing(UserTaskRecord::createdAt))
                .flatMap(t -> tasks.find(t.taskId()))
                .filter(t -> t.completers().contains(subject));
    }

    private UserTaskRecord current(String taskId) {
        return tasks.find(taskId).orElseThrow(() -> ProblemException.notFound("task.unknown", taskId));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.conflict("task.stillCompleting");
        }
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
        if (isHouseholdTask(task) && !households.worksOn(worker, task.caseId())) {
            // The household's rules decide who sees it, also through its tasks (ADR 0021).
            throw ProblemException.notFound("task.unknown", taskId);
        }
        return task;
    }

    private FormDefinition form(UserTaskRecord task) {
        return definitions.findByKey(task.formKey())
                .map(d -> FormDefinition.parse(d.content()))
                .orElseThrow(() -> new IllegalStateException("Form " + task.formId() + " is not deployed"));
    }
}
