package nl.toegang.resident;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.clock.ClockView;
import nl.toegang.core.clock.DayInWords;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.clock.DeadlineView;
import nl.toegang.pages.components.ErrorSummary;

/** "Wanneer krijgt u een besluit?": the last day written out, why it moved, and the questions to answer. */
@Singleton
class ResidentDeadlines {

    private final CaseClocks clocks;

    ResidentDeadlines(CaseClocks clocks) {
        this.clocks = clocks;
    }

    /**
     * @param refusedRequest the question whose answer was refused, or null; {@code typed} and {@code error} belong to it
     * @return empty while no term runs (before the aanvraag, or a route without a clock) and once the case is closed
     */
    Optional<DeadlineView> view(PageContext ctx, CaseRecord c, String refusedRequest, String typed, String error) {
        if (c.status().isFinal()) {
            return Optional.empty();
        }
        return clocks.current(c.caseId()).map(v -> view(ctx, c, v, refusedRequest, typed, error));
    }

    private static DeadlineView view(PageContext ctx, CaseRecord c, ClockView v, String refusedRequest, String typed,
            String error) {
        List<String> why = new ArrayList<>();
        if (v.standsStill()) {
            why.add(ctx.t("clock.resident.still"));
        } else if (v.daysSuspended() > 0) {
            why.add(ctx.t("clock.resident.suspended", v.daysSuspended()));
        }
        if (v.extension() != null) {
            why.add(ctx.t("clock.resident.extended", v.extension().reason()));
        }
        List<DeadlineView.OpenQuestion> questions = v.openRequests().stream().map(r -> {
            boolean refused = r.id().equals(refusedRequest);
            return new DeadlineView.OpenQuestion(r.id(), r.question(), new DayInWords(r.answerBy()).in(ctx.language()),
                    "/mijn-aanvragen/" + c.caseId() + "/informatie/" + r.id(), refused ? typed : "", refused ? error : null);
        }).toList();
        ErrorSummary summary = error == null ? null : new ErrorSummary(nl.toegang.forms.Messages.errorSummaryTitle(ctx.language()),
                List.of(new ErrorSummary.Link("#field-answer-" + refusedRequest, error)));
        return new DeadlineView(new DayInWords(v.deadline()).in(ctx.language()), why.isEmpty() ? null : String.join(" ", why),
                questions, summary);
    }
}
