package nl.toegang.core.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A form a resident has started but not sent: the checked answers of the steps saved so far.
 *
 * @param values     answers as {@link nl.toegang.forms.FormResult#values()} gives them, of every saved step
 * @param savedSteps the numbers of the steps saved at least once
 * @param version    raised by every save; a save only lands on the version it read (optimistic locking)
 * @param expiresAt  from this moment on the draft is gone for everyone, whether or not DynamoDB's TTL removed it yet
 */
public record Draft(String draftId, String ownerId, String formId, Map<String, Object> values, SortedSet<Integer> savedSteps,
        long version, Instant createdAt, Instant updatedAt, Instant expiresAt) {

    public Draft {
        values = Map.copyOf(values);
        savedSteps = new TreeSet<>(savedSteps);
    }

    public boolean ownedBy(String subject) {
        return ownerId.equals(subject);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Where the resident continues: the first step not saved yet, or {@code steps + 1} (the check page) when all are. */
    public int continueAt(int steps) {
        for (int step = 1; step <= steps; step++) {
            if (!savedSteps.contains(step)) {
                return step;
            }
        }
        return steps + 1;
    }

    public boolean allSaved(int steps) {
        return continueAt(steps) > steps;
    }

    static SortedSet<Integer> steps(List<Integer> numbers) {
        return new TreeSet<>(numbers);
    }
}
