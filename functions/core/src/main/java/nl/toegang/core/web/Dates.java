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

    /** "2 december 2026, 14:30": the month written out, as on a letter. */
    public static String dateTimeInWords(PageContext ctx, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(ctx.texts().locale()).withZone(AMSTERDAM).format(at);
    }

    /** "2 december 2026": the month written out, as on a letter. */
    public static String dateInWords(PageContext ctx, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(ctx.texts().locale()).withZone(AMSTERDAM).format(at);
    }
}
