package nl.toegang.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;

/** When a version was deployed, with the month in words ("2 december 2026 om 14:05"). */
final class DeploymentDates {

    private DeploymentDates() {}

    static String of(PageContext ctx, Instant at) {
        var locale = ctx.texts().locale();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(Dates.AMSTERDAM).format(at);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(Dates.AMSTERDAM).format(at);
        return ctx.t("admin.when", date, time);
    }
}
