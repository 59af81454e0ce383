package nl.toegang.caseworker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;

/**
 * Which tasks of the Wmo route hold which piece of the dossier (docs/architecture.md, steps 5 and 7):
 * the conversation and its verslag, the drafts of the beschikking, and their approvals. An approval
 * is the task with a four-eyes header; it names the draft it guards.
 */
final class DossierTasks {

    static final List<String> VERSLAG = List.of("gesprekPlannen", "verslagVastleggen");
    static final String APPROVED_FIELD = "goedgekeurd";
    static final String APPROVED = "ja";

    private DossierTasks() {}

    /** A completed draft and the approval task that followed it, if any yet. */
    record Draft(UserTaskRecord draft, Optional<UserTaskRecord> approval) {
        boolean approved() {
            return approval.filter(a -> a.status() == TaskStatus.COMPLETED)
                    .map(a -> APPROVED.equals(String.valueOf(a.submittedValues().get(APPROVED_FIELD))))
                    .orElse(false);
        }
    }

    static boolean isApproval(UserTaskRecord task) {
        return task.headers().containsKey(TaskService.FOUR_EYES_HEADER);
    }

    static boolean isVerslag(UserTaskRecord task) {
        return VERSLAG.contains(task.elementId());
    }

    static boolean isDraft(UserTaskRecord task, List<UserTaskRecord> all) {
        return all.stream().filter(DossierTasks::isApproval)
                .anyMatch(a -> task.elementId().equals(a.headers().get(TaskService.FOUR_EYES_HEADER)));
    }

    /** The completed verslag tasks, oldest first. */
    static List<UserTaskRecord> verslag(List<UserTaskRecord> all) {
        return byCreation(all).stream().filter(t -> isVerslag(t) && t.status() == TaskStatus.COMPLETED).toList();
    }

    /** Every completed draft with the approval that followed it (the first one created after it), oldest first. */
    static List<Draft> drafts(List<UserTaskRecord> all) {
        List<UserTaskRecord> sorted = byCreation(all);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UserTaskRecord t = sorted.get(i);
            if (t.status() != TaskStatus.COMPLETED || !isDraft(t, all)) {
                continue;
            }
            Optional<UserTaskRecord> approval = sorted.subList(i + 1, sorted.size()).stream()
                    .filter(a -> isApproval(a) && t.elementId().equals(a.headers().get(TaskService.FOUR_EYES_HEADER)))
                    .findFirst();
            drafts.add(new Draft(t, approval));
        }
        return drafts;
    }

    /** The draft an approval task is about: the latest one completed before the approval was created. */
    static Optional<UserTaskRecord> draftFor(UserTaskRecord approval, List<UserTaskRecord> all) {
        String draftElement = approval.headers().get(TaskService.FOUR_EYES_HEADER);
        return all.stream()
                .filter(t -> t.elementId().equals(draftElement) && t.status() == TaskStatus.COMPLETED
                        && !t.createdAt().isAfter(approval.createdAt()))
                .max(Comparator.comparing(UserTaskRecord::createdAt));
    }

    private static List<UserTaskRecord> byCreation(List<UserTaskRecord> all) {
        return all.stream().sorted(Comparator.comparing(UserTaskRecord::createdAt)).toList();
    }
}
