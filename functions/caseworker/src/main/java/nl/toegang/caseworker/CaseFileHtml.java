package nl.toegang.caseworker;

import static nl.toegang.forms.Html.escape;

import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormRenderer;

/** The case file as HTML, shown beside a task and on its own page. */
final class CaseFileHtml {
    private CaseFileHtml() {}

    static String render(PageContext ctx, CaseFile file) {
        StringBuilder html = new StringBuilder();
        html.append("<section aria-labelledby=\"casefile\"><h2 id=\"casefile\">").append(escape(ctx.t("work.caseFile")))
                .append(" ").append(escape(file.caseRecord().caseId())).append("</h2>")
                .append("<p><span class=\"tag\">").append(escape(ctx.t("status." + file.caseRecord().status().name())))
                .append("</span></p>");
        if (file.intakeForm() != null) {
            html.append("<h3>").append(escape(ctx.t("work.melding"))).append("</h3>")
                    .append(FormRenderer.renderReadOnly(file.intakeForm(), ctx.language(), file.caseRecord().values()));
        }
        html.append("<h3>").append(escape(ctx.t("work.tasks"))).append("</h3><ul>");
        for (UserTaskRecord t : file.tasks()) {
            html.append("<li>").append(escape(t.name())).append(" - ").append(escape(ctx.t("task.status." + t.status().name())));
            if (t.completedByName() != null) {
                html.append(" (").append(escape(t.completedByName())).append(", ")
                        .append(escape(Dates.dateTime(ctx, t.completedAt()))).append(")");
            }
            html.append("</li>");
        }
        html.append("</ul><h3>").append(escape(ctx.t("work.history"))).append("</h3><ol class=\"history\">");
        for (CaseEvent e : file.history()) {
            html.append("<li>").append(escape(Dates.dateTime(ctx, e.at()))).append(" - ")
                    .append(escape(ctx.t("event." + e.type().name())));
            String detail = detail(e);
            if (!detail.isEmpty()) {
                html.append(": ").append(escape(detail));
            }
            if (e.actorName() != null && !e.actorName().isBlank()) {
                html.append(" (").append(escape(e.actorName())).append(")");
            }
            if (e.type() == CaseEvent.Type.LETTER) {
                html.append("<div class=\"letter\">").append(escape(e.text(ctx.language().name().toLowerCase()))).append("</div>");
            }
            html.append("</li>");
        }
        return html.append("</ol></section>").toString();
    }

    private static String detail(CaseEvent e) {
        return switch (e.type()) {
            case TASK_CREATED, TASK_CLAIMED, TASK_COMPLETED, VIEWED -> e.text("task");
            case STATUS_CHANGED, CLOSED -> e.text("status");
            case NOTIFICATION -> e.text("message");
            case LETTER -> e.text("template");
            default -> "";
        };
    }
}
