package nl.toegang.resident;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.Objections;
import nl.toegang.core.clock.TermCounting;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.resident.ObjectionPanel;

/** What the case page says about objecting: the way to object, the objection made, or the decision objected to. */
@Singleton
class ObjectionPanels {

    private final Objections objections;

    ObjectionPanels(Objections objections) {
        this.objections = objections;
    }

    /** @return null when the case has no decision to object to and is no objection itself */
    ObjectionPanel of(PageContext ctx, CaseRecord c, List<CaseEvent> history) {
        if (Objections.FORM_ID.equals(c.formId())) {
            return objections.decidedCaseOf(c)
                    .map(decided -> new ObjectionPanel(ctx.t("objection.panel.madeTitle"),
                            List.of(ctx.t("objection.panel.about", decided.caseId())),
                            "/mijn-aanvragen/" + decided.caseId(), ctx.t("objection.panel.toDecision"), false))
                    .orElse(null);
        }
        return objections.decision(history).map(decision -> objections.objectionTo(c, decision)
                .map(objection -> made(ctx, objection))
                .orElseGet(() -> canObject(ctx, c, decision)))
                .orElse(null);
    }

    private static ObjectionPanel made(PageContext ctx, CaseRecord objection) {
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t("objection.panel.made", objection.caseId()));
        lines.add(ctx.t("objection.panel.status", ctx.t("status." + objection.status().name())));
        return new ObjectionPanel(ctx.t("objection.panel.madeTitle"), lines, "/mijn-aanvragen/" + objection.caseId(),
                ctx.t("objection.panel.open"), false);
    }

    private ObjectionPanel canObject(PageContext ctx, CaseRecord c, Objections.Decision decision) {
        String sent = Dates.date(ctx, decision.sentAt());
        String lastDay = Dates.date(ctx, TermCounting.endOfDay(decision.lastDay()));
        String line = ctx.t(objections.lateNow(decision) ? "objection.panel.late" : "objection.panel.inTime", sent, lastDay);
        return new ObjectionPanel(ctx.t("objection.panel.title"), List.of(line), ObjectionPages.path(c.caseId()),
                ctx.t("objection.panel.make"), true);
    }
}
