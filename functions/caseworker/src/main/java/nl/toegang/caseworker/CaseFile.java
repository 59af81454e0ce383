package nl.toegang.caseworker;

import jakarta.inject.Singleton;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.forms.FormDefinition;

/** Everything about a case a case worker of its team may read: the melding, the history, the tasks. */
public record CaseFile(CaseRecord caseRecord, FormDefinition intakeForm, List<CaseEvent> history, List<UserTaskRecord> tasks) {

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
            return new CaseFile(c, form, events.list(c.caseId()), tasks.forCase(c.caseId()));
        }
    }
}
