package nl.toegang.caseworker;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.clock.ClockView;
import nl.toegang.core.clock.DayInWords;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.clock.DeadlinePanel;

/** The decision term on the case file, in sentences, with the forms to ask for information and to extend. */
@Singleton
class DeadlinePanels {

    static final List<String> ANSWER_TERMS = List.of("P1W", "P2W", "P3W", "P4W");

    private final CaseClocks clocks;

    DeadlinePanels(CaseClocks clocks) {
        this.clocks = clocks;
    }

    /** What a case worker typed into one of the forms, and why it was refused. */
    record Typed(Map<String, String> values, Map<String, String> errors) {
        static final Typed NOTHING = new Typed(Map.of(), Map.of());

        String value(String field) {
            return values.getOrDefault(field, "");
        }

        String error(String field) {
            return errors.get(field);
        }
    }

    /** @return empty when no route started a term for the case */
    Optional<DeadlinePanel> panel(PageContext ctx, CaseRecord c, Typed typed) {
        return clocks.current(c.caseId()).map(v -> panel(ctx, c, v, typed));
    }

    private DeadlinePanel panel(PageContext ctx, CaseRecord c, ClockView v, Typed typed) {
        String base = "/werk/zaken/" + c.caseId() + "/termijn";
        boolean open = !c.status().isFinal();
        String still = v.standsStill()
                ? ctx.t("clock.panel.stillUntil", day(ctx, v.standsStillUntil()), day(ctx, v.deadline())) : null;
        String suspended = v.daysSuspended() == 0 ? ctx.t("clock.panel.suspended.none")
                : ctx.t("clock.panel.suspended", v.daysSuspended());
        String extension = v.extension() == null ? null
                : ctx.t("clock.panel.extension", day(ctx, v.extension().decidedOn()), day(ctx, v.extension().until()),
                        v.extension().reason());
        List<DeadlinePanel.Request> requests = v.requests().stream().map(r -> new DeadlinePanel.Request(r.question(),
                ctx.t("clock.panel.asked", r.askedByName() == null ? ctx.t("history.system") : r.askedByName(),
                        day(ctx, r.requestedOn())),
                r.answeredOn() != null ? ctx.t("clock.panel.state.answered", day(ctx, r.answeredOn()))
                        : r.open() ? ctx.t("clock.panel.state.open", day(ctx, r.answerBy()))
                        : ctx.t("clock.panel.state.passed", day(ctx, r.answerBy())),
                r.answer() == null || r.answer().isBlank() ? null : r.answer())).toList();
        String chosen = typed.value("answerWithin").isEmpty() ? CaseClocks.DEFAULT_ANSWER_TERM.toString()
                : typed.value("answerWithin");
        DeadlinePanel.RequestForm requestForm = !open ? null : new DeadlinePanel.RequestForm(base + "/vraag",
                typed.value("question"), typed.error("question"),
                ANSWER_TERMS.stream().map(term -> new Choice(term, ctx.t("clock.request.within." + term),
                        Period.parse(term).equals(Period.parse(chosen)))).toList(),
                typed.value("answerBy"), typed.error("answerBy") != null ? typed.error("answerBy") : typed.error("answerWithin"));
        DeadlinePanel.ExtendForm extendForm = !open || v.extended() ? null : new DeadlinePanel.ExtendForm(base + "/verlengen",
                ctx.t("clock.extend.hint", day(ctx, v.deadline())), typed.value("reason"), typed.error("reason"),
                typed.value("until"), typed.error("until"));
        return new DeadlinePanel(day(ctx, v.deadline()),
                ctx.t("clock.panel.source", termWords(ctx, v.term()), day(ctx, v.received()), v.source()),
                still, suspended, requests, extension, requestForm, extendForm,
                ErrorSummaries.of(ctx.language(), typed.errors()));
    }

    static String day(PageContext ctx, LocalDate day) {
        return new DayInWords(day).in(ctx.language());
    }

    /** "2 weken", "8 weken", "10 dagen". */
    static String termWords(PageContext ctx, Period term) {
        int days = term.getDays() + term.getMonths() * 30 + term.getYears() * 365;
        return days % 7 == 0 ? ctx.t("clock.term.weeks", days / 7) : ctx.t("clock.term.days", days);
    }
}
