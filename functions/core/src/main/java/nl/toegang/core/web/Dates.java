package nl.toegang.core.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates on pages, in Dutch time, the way the reader's language writes them. */
public final class Dates {
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Dates() {}

    public static String dateTime(PageContext ctx, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ctx.texts().locale()).withZone(AMSTERDAM).format(at);
    }

    public static String date(PageContext ctx, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ctx.texts().locale()).withZone(AMSTERDAM).format(at);
    }

    /** The date with the month in words ("5 december 2026"), for a date people act on. */
    public static String longDate(PageContext ctx, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(ctx.texts().locale()).withZone(AMSTERDAM).format(at);
    }
}
