package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import nl.toegang.core.households.Doorbraken;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;

/**
 * {@code toegang.doorbraak-besluit}: records the doorbraakfunctionaris's decision (variables
 * {@code besluit}, {@code toegekendBedrag}, {@code toegekendDoel}, {@code motivering}) on the
 * doorbraak in the household, with who took it: the holder of the decision task, who completed it
 * (its completion is recorded only after the engine moved on, so the holder is what is certain here).
 * Delivered twice, it records once.
 */
@Singleton
public class DoorbraakDecisionHandler implements JobHandler {

    private final Doorbraken doorbraken;
    private final TaskRepository tasks;

    DoorbraakDecisionHandler(Doorbraken doorbraken, TaskRepository tasks) {
        this.doorbraken = doorbraken;
        this.tasks = tasks;
    }

    @Override
    public JobType type() {
        return JobType.DOORBRAAK_DECISION;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        Map<String, Object> v = job.variables();
        String householdId = text(v.get("householdId"));
        String doorbraakId = text(v.get("doorbraakId"));
        if (householdId == null || doorbraakId == null) {
            throw new JobFailedException("The doorbraak process lacks householdId or doorbraakId; start it through"
                    + " Toegang's doorbraak page or API");
        }
        UserTaskRecord decision = tasks.forCase(text(v.get("caseId"))).stream()
                .filter(t -> t.processInstanceKey() == job.processInstanceKey() && t.assignee() != null)
                .max(Comparator.comparing(UserTaskRecord::createdAt)).orElse(null);
        boolean granted = "toekennen".equals(v.get("besluit"));
        doorbraken.decide(householdId, doorbraakId, granted, amount(v.get("toegekendBedrag")), text(v.get("toegekendDoel")),
                text(v.get("motivering")), decision == null ? null : decision.assignee(),
                decision == null ? null : decision.assigneeName())
                .orElseThrow(() -> new JobFailedException("Doorbraak " + doorbraakId + " is not in household " + householdId));
        return Map.of();
    }

    private static BigDecimal amount(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return new BigDecimal(value.toString());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
