package nl.toegang.caseworker;

import java.util.Arrays;
import java.util.List;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.components.HistoryEntry;

/**
 * The case history in sentences a colleague reads aloud: who did what, and when, in words. No
 * status codes, element ids or ISO dates: statuses and letters by their names, tasks by their titles.
 */
final class HistoryLines {

    private HistoryLines() {}

    static List<HistoryEntry> of(PageContext ctx, List<CaseEvent> history) {
        return history.stream().map(e -> new HistoryEntry(Dates.dateTime(ctx, e.at()), sentence(ctx, e))).toList();
    }

    private static String sentence(PageContext ctx, CaseEvent e) {
        String who = e.actorName() == null || e.actorName().isBlank() ? ctx.t("history.system") : e.actorName();
        String key = "history." + e.type().name() + (e.type() == CaseEvent.Type.VIEWED && !e.text("task").isEmpty() ? ".task" : "")
                + (e.type() == CaseEvent.Type.VIEWED && !e.text("document").isEmpty() ? ".document" : "")
                + (e.type() == CaseEvent.Type.SUBMITTED && isOneOf(e.text("senderKind"), "loket", "representative")
                        ? "." + e.text("senderKind") : "");
        if (ctx.texts().getOrDefault(key, null) == null) {
            // A kind of event this page does not know yet still reads as words, never as its code.
            return ctx.t("event." + e.type().name()) + " (" + who + ")";
        }
        // The third argument is only for the assignment: who was given the task.
        return ctx.t(key, who, detail(ctx, e), e.text("assigneeName"));
    }

    /** What the event was about, in words. */
    private static String detail(PageContext ctx, CaseEvent e) {
        return switch (e.type()) {
            case TASK_CREATED, TASK_CLAIMED, TASK_COMPLETED, TASK_RELEASED, TASK_ASSIGNED -> e.text("task");
            case VIEWED -> e.text("document").isEmpty() ? e.text("task") : e.text("document");
            case STATUS_CHANGED, CLOSED -> e.text("status").isEmpty() ? "" : CaseFileViews.status(ctx, e.text("status"));
            case LETTER -> CaseFileViews.letterTitle(ctx, e.text("template"));
            case NOTIFICATION -> notification(ctx, e);
            case PART_ADDED -> ctx.t("part." + e.text("part")) + " (" + e.text("partCaseId") + ")";
            case SUBMITTED -> "loket".equals(e.text("senderKind")) ? ctx.t("channel." + e.text("channel"))
                    : "representative".equals(e.text("senderKind")) ? ctx.t("basis." + e.text("basis")) : "";
            case DEADLINE_SET -> ctx.t("clock.history.set", day(ctx, e.text("deadline")), e.text("source"));
            case INFORMATION_REQUESTED -> ctx.t("clock.history.request", e.text("question"), day(ctx, e.text("answerBy")),
                    day(ctx, e.text("deadline")));
            case INFORMATION_RECEIVED -> ctx.t("clock.history.received", e.text("suspendedDays"), day(ctx, e.text("deadline")));
            case DEADLINE_EXTENDED -> ctx.t("clock.history.extension", e.text("reason"), day(ctx, e.text("deadline")));
            default -> "";
        };
    }

    /** A day the clock recorded (ISO), written out. */
    private static String day(PageContext ctx, String iso) {
        return iso.isEmpty() ? "" : new nl.toegang.core.clock.DayInWords(java.time.LocalDate.parse(iso)).in(ctx.language());
    }

    private static boolean isOneOf(String value, String... options) {
        return Arrays.asList(options).contains(value);
    }

    private static String notification(PageContext ctx, CaseEvent e) {
        String key = "notify." + e.text("message");
        if (ctx.texts().getOrDefault(key, null) == null) {
            return ctx.t("event.NOTIFICATION");
        }
        Object details = e.data().get("details");
        return ctx.t(key, details instanceof List<?> list ? list.toArray() : new Object[0]);
    }
}
