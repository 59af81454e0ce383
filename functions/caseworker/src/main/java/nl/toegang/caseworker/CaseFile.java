package nl.toegang.caseworker;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.forms.FormDefinition;

/**
 * Everything about a case a case worker of its team may read: the melding, the history (with the
 * aanvraag, letters and notes), the tasks with what was filled in, and the forms to read those answers with.
 *
 * @param taskForms each completed task's form, by the form key it was completed with
 * @param applicationForm the aanvraag form, or null when it is not deployed
 */
public record CaseFile(CaseRecord caseRecord, FormDefinition intakeForm, List<CaseEvent> history, List<UserTaskRecord> tasks,
        Map<String, FormDefinition> taskForms, FormDefinition applicationForm) {

    public FormDefinition formOf(UserTaskRecord task) {
        return taskForms.get(task.formKey());
    }

    @Singleton
    public static class Loader {
        private final CaseAccess access;
        private final CaseEventRepository events;
        private final TaskRepository tasks;
        private final DefinitionRepository definitions;

        public Loader(CaseAccess access, CaseEventRepository events, TaskRepository tasks, DefinitionRepository definitions) {
            this.access = access;
            this.events = events;
            this.tasks = tasks;
            this.definitions = definitions;
        }

        /** Loads the case file; the view is logged in its history. */
        public CaseFile load(Principal worker, String caseId) {
            CaseRecord c = access.caseForWorker(worker, caseId);
            return of(c);
        }

        CaseFile of(CaseRecord c) {
            FormDefinition form = definitions.find(DefinitionKind.FORM, c.formId(), c.formVersion())
                    .map(d -> FormDefinition.parse(d.content())).orElse(null);
            List<UserTaskRecord> caseTasks = tasks.forCase(c.caseId());
            Map<String, FormDefinition> taskForms = new HashMap<>();
            for (UserTaskRecord t : caseTasks) {
                if (!t.submittedValues().isEmpty() && !taskForms.containsKey(t.formKey())) {
                    definitions.findByKey(t.formKey()).ifPresent(d -> taskForms.put(t.formKey(), FormDefinition.parse(d.content())));
                }
            }
            // The aanvraag's event does not name its form version, so the latest form reads it: an answer to a
            // question taken out of the form since is not shown.
            FormDefinition application = definitions.latest(DefinitionKind.FORM, CaseActions.APPLICATION_FORM)
                    .map(d -> FormDefinition.parse(d.content())).orElse(null);
            return new CaseFile(c, form, events.list(c.caseId()), caseTasks, taskForms, application);
        }
    }
}
