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

    /**
     * The pattern of a date with its month written out ("2 december 2026", "2 December 2026"), the
     * same as the forms show their answers in, so one page writes its dates one way.
     */
    public static final String IN_WORDS = "d MMMM uuuu";

    /** "2 december 2026, 14:30". */
    public static String dateTimeInWords(PageContext ctx, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern(IN_WORDS + ", HH:mm", ctx.texts().locale())
                .withZone(AMSTERDAM).format(at);
    }

    /** "2 december 2026", as on a letter. */
    public static String dateInWords(PageContext ctx, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern(IN_WORDS, ctx.texts().locale()).withZone(AMSTERDAM).format(at);
    }
}
