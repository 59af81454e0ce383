package nl.toegang.caseworker.households;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.toegang.core.households.Doorbraak;
import nl.toegang.core.households.DoorbraakFigures;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.components.DescriptionItem;

/** A doorbraak in a colleague's words, and the council's figures in the reader's. */
final class DoorbraakWords {

    private DoorbraakWords() {}

    static String euros(PageContext ctx, long cents) {
        return NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag(ctx.language().code() + "-NL"))
                .format(new BigDecimal(cents).movePointLeft(2));
    }

    static List<DescriptionItem> of(PageContext ctx, Doorbraak d) {
        List<DescriptionItem> items = new ArrayList<>();
        items.add(new DescriptionItem(ctx.t("doorbraak.row.rule"), d.rule(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.row.case"), d.caseId()));
        items.add(new DescriptionItem(ctx.t("doorbraak.row.asked"),
                ctx.t("doorbraak.asked", Dates.dateTime(ctx, d.requestedAt()), d.requestedByName())));
        items.add(new DescriptionItem(ctx.t("doorbraak.field.lawIntends"), d.lawIntends(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.field.residentNeeds"), d.residentNeeds(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.field.professionalJudgement"), d.professionalJudgement(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.field.proposal"), d.proposal(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.row.budget"), d.budgetCents() == null ? ctx.t("doorbraak.noBudget")
                : euros(ctx, d.budgetCents()) + ": " + d.budgetPurpose()));
        items.add(new DescriptionItem(ctx.t("doorbraak.row.outcome"), outcome(ctx, d)));
        if (d.decisionReason() != null) {
            items.add(new DescriptionItem(ctx.t("doorbraak.row.reason"), d.decisionReason(), true));
        }
        return items;
    }

    static String outcome(PageContext ctx, Doorbraak d) {
        String who = d.decidedByName() == null ? ctx.t("history.system") : d.decidedByName();
        String when = d.decidedAt() == null ? "" : Dates.dateTime(ctx, d.decidedAt());
        return switch (d.outcome()) {
            case REQUESTED -> ctx.t("doorbraak.outcome.REQUESTED");
            case REFUSED -> ctx.t("doorbraak.outcome.REFUSED", who, when);
            case GRANTED -> d.grantedCents() == null ? ctx.t("doorbraak.outcome.GRANTED", who, when)
                    : ctx.t("doorbraak.outcome.GRANTED.budget", who, when, euros(ctx, d.grantedCents()), d.grantedPurpose());
        };
    }

    static String month(PageContext ctx, java.time.YearMonth m) {
        return java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", ctx.texts().locale()).format(m);
    }

    static List<DescriptionItem> justification(PageContext ctx, DoorbraakFigures.Justification j) {
        List<DescriptionItem> items = new ArrayList<>();
        items.add(new DescriptionItem(ctx.t("doorbraak.field.lawIntends"), j.lawIntends(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.field.residentNeeds"), j.residentNeeds(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.field.professionalJudgement"), j.professionalJudgement(), true));
        items.add(new DescriptionItem(ctx.t("doorbraak.field.proposal"), j.proposal(), true));
        String outcome = switch (j.outcome()) {
            case REQUESTED -> ctx.t("doorbraak.outcome.REQUESTED");
            case REFUSED -> ctx.t("doorbraken.col.refused");
            case GRANTED -> ctx.t("doorbraken.col.granted")
                    + (j.grantedCents() == null ? "" : ": " + euros(ctx, j.grantedCents()) + ", " + j.grantedPurpose());
        };
        items.add(new DescriptionItem(ctx.t("doorbraak.row.outcome"), outcome));
        if (j.decisionReason() != null) {
            items.add(new DescriptionItem(ctx.t("doorbraak.row.reason"), j.decisionReason(), true));
        }
        return items;
    }
}
