package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.jobs.JobType;

/**
 * {@code toegang.bezwaar-uitkomst}: writes the outcome of an objection (variable {@code uitkomst})
 * into the history of the decided case (variable {@code bezwaarOp}), so whoever reads that case
 * sees that its decision was objected to and how that ended. The decided case's status stays.
 */
@Singleton
public class ObjectionOutcomeHandler implements JobHandler {

    static final Set<String> OUTCOMES = Set.of("gegrond", "ongegrond", "niet-ontvankelijk");

    private final CaseRepository cases;
    private final CaseEventRepository events;

    public ObjectionOutcomeHandler(CaseRepository cases, CaseEventRepository events) {
        this.cases = cases;
        this.events = events;
    }

    @Override
    public JobType type() {
        return JobType.OBJECTION_OUTCOME;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String objectionId = job.caseId();
        Object decided = job.variables().get("bezwaarOp");
        Object outcome = job.variables().get("uitkomst");
        if (!(decided instanceof String decidedId) || !OUTCOMES.contains(String.valueOf(outcome))) {
            throw new JobFailedException("Element '" + job.elementId() + "' needs variables 'bezwaarOp' (the decided case)"
                    + " and 'uitkomst' (one of " + OUTCOMES + "); it has " + decided + " and " + outcome + ".");
        }
        cases.find(decidedId).orElseThrow(() -> CaseNotFound.at(job, decidedId));
        events.appendOnce(CaseEvent.of(decidedId, CaseEvent.Type.OBJECTION_DECIDED, CaseEvent.SYSTEM, null, true,
                Map.of("objectionId", objectionId, "outcome", outcome.toString())), "objection-outcome:" + objectionId);
        return Map.of();
    }
}
