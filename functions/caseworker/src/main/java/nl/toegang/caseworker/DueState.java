package nl.toegang.caseworker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;

/**
 * How close a task is to its due date, counted in whole days in Dutch time: a task due today is
 * due "vandaag", whatever the hour.
 */
public enum DueState {
    LATE("late", "te-laat"),
    SOON("soon", "bijna"),
    ON_TIME("ok", "op-tijd"),
    NONE("none", null);

    /** The CSS modifier of the due text. */
    public final String css;
    /** The value of the werkbak's due filter; null: cannot be filtered on. */
    final String filterValue;

    DueState(String css, String filterValue) {
        this.css = css;
        this.filterValue = filterValue;
    }

    public static DueState of(Instant due, LocalDate today, int warnDays) {
        if (due == null) {
            return NONE;
        }
        long days = daysLeft(due, today);
        return days < 0 ? LATE : days <= warnDays ? SOON : ON_TIME;
    }

    static long daysLeft(Instant due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due.atZone(Dates.AMSTERDAM).toLocalDate());
    }

    /** The days left in words: "Let op: nog 3 dagen", "Let op: vandaag", "2 dagen te laat". */
    public static String words(PageContext ctx, Instant due, LocalDate today, int warnDays) {
        if (due == null) {
            return ctx.t("work.days.none");
        }
        long days = daysLeft(due, today);
        if (days < 0) {
            return days == -1 ? ctx.t("work.days.lateOne") : ctx.t("work.days.late", -days);
        }
        String left = days == 0 ? ctx.t("work.days.today") : days == 1 ? ctx.t("work.days.leftOne") : ctx.t("work.days.left", days);
        return days <= warnDays ? ctx.t("work.days.warning", left) : left;
    }
}
