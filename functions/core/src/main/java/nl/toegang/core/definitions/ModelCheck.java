package nl.toegang.core.definitions;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.web.Wording;

/**
 * Checks a BPMN model against what this platform can run, before the engine sees it: a service
 * task type without a handler, or a user task without a form or team, would leave cases stuck.
 */
final class ModelCheck {

    private ModelCheck() {}

    /**
     * What the model needs from elsewhere, and what is wrong with it (texts {@code problem.deploy.*}).
     *
     * @param processIds    the processes the file defines
     * @param letterTemplates the templates its {@code toegang.letter} tasks send (header {@code template})
     * @param variables     the variables it sets itself: ioMapping inputs and outputs, DMN and script results
     * @param messages      the message names it uses, among them those that start it
     * @param calledProcesses the processes its call activities start (they get its variables)
     */
    record Result(List<Wording> problems, Set<String> linkedFormIds, Set<String> processIds, Set<String> letterTemplates,
            Set<String> variables, Set<String> messages, Set<String> calledProcesses) {

        Result(List<Wording> problems) {
            this(problems, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        }
    }

    static Result check(DeploymentFile file) {
        List<Wording> problems = new ArrayList<>();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (RuntimeException e) {
            // The parser's own words are English and technical; the administrator needs to know what to do.
            return new Result(List.of(Wording.of("problem.deploy.unreadableModel", file.name())));
        }
        for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
            checkJobType(file, definition.getType(), problems);
        }
        for (ZeebeExecutionListener listener : model.getModelElementsByType(ZeebeExecutionListener.class)) {
            checkJobType(file, listener.getType(), problems);
        }
        Set<String> formIds = new TreeSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String taskName = task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName().strip();
            if (task.getSingleExtensionElement(ZeebeUserTask.class) != null) {
                problems.add(Wording.of("problem.deploy.camundaUserTask", file.name(), taskName));
            }
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            if (form == null || form.getFormId() == null || form.getFormId().isBlank()) {
                problems.add(Wording.of("problem.deploy.noLinkedForm", file.name(), taskName));
            } else {
                formIds.add(form.getFormId());
            }
            ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            String groups = assignment == null ? null : assignment.getCandidateGroups();
            if (groups == null || groups.isBlank() || !(isOneStaticGroup(groups) || isOneTeamGroup(groups))) {
                problems.add(Wording.of("problem.deploy.noSingleTeam", file.name(), taskName));
            }
        }
        Set<String> templates = new TreeSet<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
            if (definition == null || !JobType.LETTER.type().equals(definition.getType())) {
                continue;
            }
            String template = header(task, "template");
            if (template == null || template.isBlank()) {
                String taskName = task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName().strip();
                problems.add(Wording.of("problem.deploy.noLetterTemplate", file.name(), taskName));
            } else {
                templates.add(template.strip());
            }
        }
        Set<String> variables = new TreeSet<>();
        model.getModelElementsByType(ZeebeInput.class).forEach(input -> addNamed(variables, input.getTarget()));
        model.getModelElementsByType(ZeebeOutput.class).forEach(output -> addNamed(variables, output.getTarget()));
        model.getModelElementsByType(ZeebeCalledDecision.class).forEach(d -> addNamed(variables, d.getResultVariable()));
        model.getModelElementsByType(ZeebeScript.class).forEach(s -> addNamed(variables, s.getResultVariable()));
        Set<String> messages = new TreeSet<>();
        model.getModelElementsByType(Message.class).forEach(m -> addNamed(messages, m.getName()));
        Set<String> processIds = new TreeSet<>();
        model.getModelElementsByType(Process.class).forEach(p -> processIds.add(p.getId()));
        Set<String> called = new TreeSet<>();
        model.getModelElementsByType(ZeebeCalledElement.class).forEach(c -> addNamed(called, c.getProcessId()));
        return new Result(problems, formIds, processIds, templates, variables, messages, called);
    }

    private static void addNamed(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }

    private static String header(ServiceTask task, String key) {
        ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (headers == null) {
            return null;
        }
        return headers.getHeaders().stream().filter(h -> key.equals(h.getKey())).map(ZeebeHeader::getValue)
                .findFirst().orElse(null);
    }

    private static boolean isOneStaticGroup(String groups) {
        return !groups.startsWith("=") && !groups.contains(",");
    }

    /**
     * The one expression allowed: a role of the team in the process variable {@code team}, e.g.
     * {@code =[team + "-consulenten"]}, for work that goes to the team of whoever coordinates a
     * household (ADR plan-review). It still names exactly one group of the {@code <team>-<role>} form.
     */
    private static boolean isOneTeamGroup(String groups) {
        return TEAM_GROUP.matcher(groups.strip()).matches();
    }

    private static final java.util.regex.Pattern TEAM_GROUP =
            java.util.regex.Pattern.compile("=\\[\\s*team\\s*\\+\\s*\"-[a-z]+\"\\s*]");

    private static void checkJobType(DeploymentFile file, String type, List<Wording> problems) {
        if (type != null && JobType.of(type).isEmpty() && !JobType.USER_TASK.equals(type)) {
            problems.add(Wording.of("problem.deploy.unknownJobType", file.name(), type,
                    String.join(", ", Arrays.stream(JobType.values()).map(JobType::type).toList())));
        }
    }
}
