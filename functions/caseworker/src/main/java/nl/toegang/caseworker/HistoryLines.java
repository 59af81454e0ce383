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

    /** The decision forms' fields for asking the team lead to reconsider a rejection (ADR 0022). */
    static final String RECONSIDERATION_ASKED = "heroverwegingGevraagd";
    static final String RECONSIDERATION_REASON = "heroverwegingReden";

    private HistoryLines() {}

    static List<HistoryEntry> of(PageContext ctx, List<CaseEvent> history) {
        return history.stream().map(e -> new HistoryEntry(Dates.dateTime(ctx, e.at()), sentence(ctx, e))).toList();
    }

    private static String sentence(PageContext ctx, CaseEvent e) {
        String who = e.actorName() == null || e.actorName().isBlank() ? ctx.t("history.system") : e.actorName();
        String key = "history." + e.type().name() + (e.type() == CaseEvent.Type.VIEWED && !e.text("task").isEmpty() ? ".task" : "")
                + (e.type() == CaseEvent.Type.VIEWED && !e.text("letter").isEmpty() ? ".letter" : "")
                + (e.type() == CaseEvent.Type.VIEWED && !e.text("document").isEmpty() ? ".document" : "")
                + (e.type() == CaseEvent.Type.SUBMITTED && isOneOf(e.text("senderKind"), "loket", "representative")
                        ? "." + e.text("senderKind") : "");
        if (e.type() == CaseEvent.Type.TASK_COMPLETED && asksForReconsideration(e)) {
            // Asking is the completion of the decision task (ADR 0022); the line says so, with the reason.
            return ctx.t("history.TASK_COMPLETED.reconsideration", who, e.text("task"), submitted(e, RECONSIDERATION_REASON));
        }
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
            case VIEWED -> !e.text("letter").isEmpty() ? CaseFileViews.letterTitle(ctx, e.text("letter"))
                    : !e.text("document").isEmpty() ? e.text("document") : e.text("task");
            case TASK_CREATED, TASK_CLAIMED, TASK_COMPLETED, TASK_RELEASED, TASK_ASSIGNED -> e.text("task");
            case STATUS_CHANGED, CLOSED -> e.text("status").isEmpty() ? "" : CaseFileViews.status(ctx, e.text("status"));
            case LETTER -> CaseFileViews.letterTitle(ctx, e.text("template"));
            case NOTIFICATION -> notification(ctx, e);
            case PART_ADDED -> ctx.t("part." + e.text("part")) + " (" + e.text("partCaseId") + ")";
            case OBJECTION_MADE -> e.text("objectionId") + (Boolean.TRUE.equals(e.data().get("late")) ? ", " + ctx.t("objection.late") : "");
            case OBJECTION_DECIDED -> ctx.t("objection.outcome." + e.text("outcome")) + " (" + e.text("objectionId") + ")";
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

    private static boolean asksForReconsideration(CaseEvent e) {
        return "true".equals(submitted(e, RECONSIDERATION_ASKED)) && !submitted(e, RECONSIDERATION_REASON).isBlank();
    }

    /** A value the task's form sent, as text; "" when it sent none. */
    private static String submitted(CaseEvent e, String field) {
        return e.data().get("values") instanceof java.util.Map<?, ?> values && values.get(field) != null
                ? String.valueOf(values.get(field)) : "";
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
