package nl.toegang.core.penalty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.penalty.PenaltyPanel;

/** The notice of default and the penalty in words: plain ones for the resident, short ones for the worker. */
public final class PenaltyWords {

    private PenaltyWords() {}

    /** @return null while the term runs or the decision came in time: then there is nothing to say */
    public static PenaltyPanel forResident(PageContext ctx, DefaultNoticeState s) {
        if (!s.termPassed()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t("penalty.passed", day(ctx, s.deadline())));
        if (s.mayGiveNotice()) {
            return new PenaltyPanel(ctx.t("penalty.title"), lines, explanation(ctx),
                    "/mijn-aanvragen/" + s.caseId() + "/ingebrekestelling");
        }
        lines.add(ctx.t("penalty.received", day(ctx, s.noticeReceived())));
        if (s.decided()) {
            lines.add(s.days() == 0 ? ctx.t("penalty.noneOwed", day(ctx, s.decidedOn()))
                    : ctx.t("penalty.stopped", day(ctx, s.decidedOn()), s.days(), s.euros()));
        } else if (s.maximumReached()) {
            lines.add(ctx.t("penalty.maximum", s.days(), s.euros()));
        } else if (s.accruing()) {
            lines.add(ctx.t("penalty.running", day(ctx, s.penaltyFrom()), s.days(), s.euros()));
        } else {
            lines.add(ctx.t("penalty.waiting", day(ctx, s.penaltyFrom().minusDays(1)), day(ctx, s.penaltyFrom())));
        }
        return new PenaltyPanel(ctx.t("penalty.title"), lines, List.of(), null);
    }

    /** What the resident reads before they confirm. */
    public static PenaltyPanel confirmation(PageContext ctx, DefaultNoticeState s) {
        return new PenaltyPanel(ctx.t("penalty.confirmQuestion"), List.of(ctx.t("penalty.passed", day(ctx, s.deadline()))),
                explanation(ctx), null);
    }

    /** @return null while the term runs */
    public static PenaltyPanel forWorker(PageContext ctx, DefaultNoticeState s) {
        if (!s.termPassed()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (!s.noticeGiven()) {
            lines.add(ctx.t("dossier.penalty.passed", day(ctx, s.deadline())));
        } else {
            lines.add(ctx.t("dossier.penalty.notice", day(ctx, s.noticeReceived()), day(ctx, s.penaltyFrom().minusDays(1))));
            if (s.decided()) {
                lines.add(ctx.t("dossier.penalty.stopped", day(ctx, s.decidedOn()), s.days(), s.euros()));
            } else if (s.accruing()) {
                lines.add(ctx.t("dossier.penalty.running", day(ctx, s.penaltyFrom()), s.days(), s.euros(),
                        day(ctx, s.penaltyLastDay())));
            }
        }
        return new PenaltyPanel(ctx.t("dossier.penalty"), lines, List.of(), null);
    }

    private static List<String> explanation(PageContext ctx) {
        return List.of(ctx.t("penalty.explain1"), ctx.t("penalty.explain2"), ctx.t("penalty.explain3"));
    }

    /** A day written out, as every date people see ({@link Dates}). */
    static String day(PageContext ctx, LocalDate day) {
        return Dates.date(ctx, day.atTime(12, 0).atZone(Dates.AMSTERDAM).toInstant());
    }
}
