package nl.toegang.caseworker;

import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormRenderer;
import nl.toegang.pages.caseworker.CaseFileView;
import nl.toegang.pages.components.HistoryEntry;

/** The case file in the case worker's words, for the template caseworker/caseFile. */
final class CaseFileViews {
    private CaseFileViews() {}

    static CaseFileView of(PageContext ctx, CaseFile file) {
        return new CaseFileView(file.caseRecord().caseId(), ctx.t("status." + file.caseRecord().status().name()),
                file.intakeForm() == null ? null
                        : FormRenderer.renderReadOnly(file.intakeForm(), ctx.language(), file.caseRecord().values()),
                file.tasks().stream().map(t -> task(ctx, t)).toList(),
                file.history().stream().map(e -> history(ctx, e)).toList());
    }

    private static String task(PageContext ctx, UserTaskRecord t) {
        String line = t.name() + " - " + ctx.t("task.status." + t.status().name());
        return t.completedByName() == null ? line
                : line + " (" + t.completedByName() + ", " + Dates.dateTime(ctx, t.completedAt()) + ")";
    }

    private static HistoryEntry history(PageContext ctx, CaseEvent e) {
        StringBuilder text = new StringBuilder(ctx.t("event." + e.type().name()));
        String detail = detail(ctx, e);
        if (!detail.isEmpty()) {
            text.append(": ").append(detail);
        }
        if (e.actorName() != null && !e.actorName().isBlank()) {
            text.append(" (").append(e.actorName()).append(")");
        }
        String letter = e.type() == CaseEvent.Type.LETTER ? e.text(ctx.language().name().toLowerCase()) : null;
        return new HistoryEntry(Dates.dateTime(ctx, e.at()), text.toString(), letter);
    }

    /** What the event was about, in words: a task's name or a status; never an internal code. */
    private static String detail(PageContext ctx, CaseEvent e) {
        return switch (e.type()) {
            case TASK_CREATED, TASK_CLAIMED, TASK_COMPLETED, TASK_RELEASED, VIEWED -> e.text("task");
            case TASK_ASSIGNED -> ctx.t("event.assignedTo", e.text("task"), e.text("assigneeName"));
            case STATUS_CHANGED, CLOSED -> e.text("status").isEmpty() ? "" : ctx.t("status." + e.text("status"));
            case NOTIFICATION -> notification(ctx, e);
            default -> "";
        };
    }

    private static String notification(PageContext ctx, CaseEvent e) {
        String key = "notify." + e.text("message");
        if (ctx.texts().getOrDefault(key, null) == null) {
            return "";
        }
        Object details = e.data().get("details");
        return ctx.t(key, details instanceof java.util.List<?> list ? list.toArray() : new Object[0]);
    }
}
