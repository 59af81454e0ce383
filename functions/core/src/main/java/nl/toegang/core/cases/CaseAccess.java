package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.web.ProblemException;

/**
 * Who may see a case: the resident who submitted it, and case workers of a team that has (or had)
 * a task on it. Anyone else gets the same answer as for a case that does not exist.
 */
@Singleton
public class CaseAccess {

    public static final String RESIDENT_ROLE = "resident";

    private final CaseRepository cases;
    private final TaskRepository tasks;
    private final CaseEventRepository events;

    public CaseAccess(CaseRepository cases, TaskRepository tasks, CaseEventRepository events) {
        this.cases = cases;
        this.tasks = tasks;
        this.events = events;
    }

    public CaseRecord ownCase(Principal resident, String caseId) {
        resident.require(RESIDENT_ROLE);
        CaseRecord c = find(caseId);
        if (!c.ownedBy(resident.subject())) {
            throw notFound(caseId);
        }
        return c;
    }

    /** The case for a case worker; the view is logged in the case history. */
    public CaseRecord caseForWorker(Principal worker, String caseId) {
        worker.require("caseworker");
        CaseRecord c = find(caseId);
        boolean teamWorksOnIt = tasks.forCase(caseId).stream()
                .anyMatch(t -> worker.inGroup(t.candidateGroup()) || worker.subject().equals(t.assignee()));
        if (!teamWorksOnIt) {
            throw notFound(caseId);
        }
        events.append(CaseEvent.of(caseId, CaseEvent.Type.VIEWED, worker.subject(), worker.name(), false, Map.of()));
        return c;
    }

    private CaseRecord find(String caseId) {
        if (!CaseIds.looksValid(caseId)) {
            throw notFound(caseId);
        }
        return cases.find(caseId).orElseThrow(() -> notFound(caseId));
    }

    private static ProblemException notFound(String caseId) {
        return ProblemException.notFound("case.unknown", caseId);
    }
}
