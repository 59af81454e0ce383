package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.PartSettings;
import nl.toegang.core.cases.RequestParts;
import nl.toegang.core.jobs.JobType;

/**
 * {@code toegang.start-parts}: the front door split the request; every chosen part (variable
 * {@code delen}) becomes a case of its own whose route starts. Run twice, it starts nothing twice:
 * the part's case id comes from the request and the part.
 */
@Singleton
public class StartPartsHandler implements JobHandler {

    static final String PARTS_VARIABLE = "delen";

    private final CaseRepository cases;
    private final RequestParts parts;

    StartPartsHandler(CaseRepository cases, RequestParts parts) {
        this.cases = cases;
        this.parts = parts;
    }

    @Override
    public JobType type() {
        return JobType.START_PARTS;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String caseId = job.caseId();
        CaseRecord request = cases.find(caseId).orElseThrow(() -> CaseNotFound.at(job, caseId));
        List<String> chosen = chosenParts(job);
        for (String part : chosen) {
            if (parts.part(part).isEmpty()) {
                // Checked before any part starts, so a mistake in the form does not leave half a split.
                throw new JobFailedException("Part '" + part + "' chosen at element '" + job.elementId()
                        + "' is not configured. Add it under toegang.parts, or remove the option from form vraag-verdelen.");
            }
        }
        List<String> started = new ArrayList<>();
        for (String part : chosen) {
            PartSettings settings = parts.part(part).orElseThrow();
            Object question = settings.getQuestionField() == null ? null : job.variables().get(settings.getQuestionField());
            started.add(parts.start(request, part, question == null ? "" : question.toString(), CaseEvent.SYSTEM, null).caseId());
        }
        return Map.of("deelZaken", started);
    }

    private static List<String> chosenParts(Job job) {
        Object value = job.variables().get(PARTS_VARIABLE);
        if (!(value instanceof Collection<?> list) || list.isEmpty()) {
            throw new JobFailedException("Variable '" + PARTS_VARIABLE + "' at element '" + job.elementId()
                    + "' names no part. The model must only come here when the front door chose at least one part.");
        }
        Set<String> distinct = new LinkedHashSet<>();
        list.forEach(p -> distinct.add(String.valueOf(p)));
        return List.copyOf(distinct);
    }
}
