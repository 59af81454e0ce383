package nl.toegang.core.definitions;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.toegang.core.jobs.JobType;

/**
 * Checks a BPMN model against what this platform can run, before the engine sees it: a service
 * task type without a handler, or a user task without a form or team, would leave cases stuck.
 */
final class ModelCheck {

    private ModelCheck() {}

    /** What the model needs from elsewhere, and what is wrong with it. */
    record Result(List<String> problems, Set<String> linkedFormIds) {}

    static Result check(DeploymentFile file) {
        List<String> problems = new ArrayList<>();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (RuntimeException e) {
            return new Result(List.of(file.name() + ": not a readable BPMN model (" + firstLine(e) + ")"), Set.of());
        }
        for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
            checkJobType(file, definition.getType(), problems);
        }
        for (ZeebeExecutionListener listener : model.getModelElementsByType(ZeebeExecutionListener.class)) {
            checkJobType(file, listener.getType(), problems);
        }
        Set<String> formIds = new java.util.TreeSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = file.name() + ": user task '" + task.getId() + "'";
            if (task.getSingleExtensionElement(ZeebeUserTask.class) != null) {
                problems.add(where + " is a Camunda user task; this platform runs job-based user tasks (remove zeebe:userTask)");
            }
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            if (form == null || form.getFormId() == null || form.getFormId().isBlank()) {
                problems.add(where + " has no linked form (set a form id)");
            } else {
                formIds.add(form.getFormId());
            }
            ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            String groups = assignment == null ? null : assignment.getCandidateGroups();
            if (groups == null || groups.isBlank() || groups.startsWith("=") || groups.contains(",")) {
                problems.add(where + " needs exactly one candidate group (a team), written as plain text");
            }
        }
        return new Result(problems, formIds);
    }

    private static void checkJobType(DeploymentFile file, String type, List<String> problems) {
        if (type != null && JobType.of(type).isEmpty() && !JobType.USER_TASK.equals(type)) {
            problems.add(file.name() + ": job type '" + type + "' has no handler; known types are "
                    + java.util.Arrays.stream(JobType.values()).map(JobType::type).toList());
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
