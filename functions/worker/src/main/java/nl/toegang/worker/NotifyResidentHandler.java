package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.jobs.JobType;

/**
 * {@code toegang.notify-resident}: records a notification (header {@code message}, a key the
 * resident's pages translate) in the case history, where the resident reads it on their page.
 * Optional header {@code details} names process variables (comma-separated) whose values the
 * text shows, e.g. the chosen provider's name.
 *
 * <p>Sending it by e-mail or SMS is not built yet: that needs a sending service and the
 * resident's consent to be contacted that way. A sender would be called from here, deduplicated
 * by the job key like the event.
 */
@Singleton
public class NotifyResidentHandler implements JobHandler {

    private final CaseEventRepository events;

    public NotifyResidentHandler(CaseEventRepository events) {
        this.events = events;
    }

    @Override
    public JobType type() {
        return JobType.NOTIFY_RESIDENT;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String message = job.requiredHeader("message");
        List<String> details = new ArrayList<>();
        String names = job.headers().get("details");
        if (names != null) {
            for (String name : names.split(",")) {
                Object value = job.variables().get(name.trim());
                details.add(value == null ? "" : value.toString());
            }
        }
        events.appendOnce(CaseEvent.of(job.caseId(), CaseEvent.Type.NOTIFICATION, CaseEvent.SYSTEM, null, true,
                Map.of("message", message, "details", details)), job.dedupeKey());
        return Map.of();
    }
}
