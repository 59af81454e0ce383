package nl.toegang.core.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.ActivatedJob;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.toegang.core.cases.CaseClient;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.definitions.DefinitionRepository;

/**
 * Turns a job-based user task into a row case workers can find. The job stays activated (with a
 * long timeout) until a case worker completes it; a job delivered again is projected once.
 */
@Singleton
public class UserTaskProjector {

    static final String FORM_KEY = "io.camunda.zeebe:formKey";
    static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
    static final String DUE_DATE = "io.camunda.zeebe:dueDate";

    private final TaskRepository tasks;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final DefinitionRepository definitions;
    private final ProcessModelNames names;
    private final ObjectMapper json;

    public UserTaskProjector(TaskRepository tasks, CaseRepository cases, CaseEventRepository events,
            DefinitionRepository definitions, ProcessModelNames names, ObjectMapper json) {
        this.tasks = tasks;
        this.cases = cases;
        this.events = events;
        this.definitions = definitions;
        this.names = names;
        this.json = json;
    }

    public void project(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        Object caseId = variables.get("caseId");
        if (caseId == null) {
            throw new IllegalStateException("User task '" + job.getElementId() + "' has no caseId variable; "
                    + "every process must carry the case id");
        }
        Map<String, String> headers = job.getCustomHeaders();
        String formKey = headers.get(FORM_KEY);
        String formId = formKey == null ? null : definitions.findByKey(formKey).map(d -> d.id()).orElse(null);
        if (formId == null) {
            throw new IllegalStateException("User task '" + job.getElementId() + "' links form key " + formKey
                    + ", which is not in the definitions table; deploy forms through Toegang");
        }
        // The case is read for the client's name; it is read again after the insert (below) for its status.
        CaseClient client = CaseClient.of(cases.find(caseId.toString()).orElse(null));
        UserTaskRecord task = UserTaskRecord.projected(
                Long.toString(job.getKey()),
                caseId.toString(),
                job.getProcessInstanceKey(),
                job.getElementId(),
                names.nameOf(job.getProcessDefinitionKey(), job.getElementId()),
                formId,
                formKey,
                firstGroup(headers.get(CANDIDATE_GROUPS)),
                dueDate(headers.get(DUE_DATE)),
                Instant.now(),
                variables,
                headers,
                client.name(),
                client.urgent());
        boolean inserted = tasks.insertIfAbsent(task);
        if (caseIsOver(task.caseId())) {
            // Closed or withdrawn while this job was on its way. Read after the insert: a closing
            // sets the final status before it cancels open tasks, so one of the two sees this task.
            tasks.markCancelled(task.taskId());
            return;
        }
        if (inserted) {
            events.append(CaseEvent.of(task.caseId(), CaseEvent.Type.TASK_CREATED, CaseEvent.SYSTEM, null, false,
                    Map.of("taskId", task.taskId(), "task", task.name(), "group", task.candidateGroup())));
        }
    }

    private boolean caseIsOver(String caseId) {
        return cases.find(caseId).map(c -> c.status().isFinal()).orElse(false);
    }

    private String firstGroup(String candidateGroups) {
        if (candidateGroups == null) {
            throw new IllegalStateException("User task has no candidate group");
        }
        try {
            List<String> groups = json.readValue(candidateGroups, new TypeReference<List<String>>() {});
            return groups.get(0);
        } catch (IOException e) {
            return candidateGroups;
        }
    }

    /** An ISO date-time, with an offset or (as FEEL's {@code now()} gives it) a zone: {@code ...Z[Etc/UTC]}. */
    private static Instant dueDate(String value) {
        return value == null || value.isBlank() ? null : DateTimeFormatter.ISO_DATE_TIME.parse(value, Instant::from);
    }
}
