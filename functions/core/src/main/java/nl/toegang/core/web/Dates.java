package nl.toegang.core.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates on pages, in Dutch time, with the month in words ("2 december 2026 om 14:05"): a short
 * numeric date is read differently across languages, an ISO date not at all.
 */
public final class Dates {
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Dates() {}

    public static String dateTime(PageContext ctx, Instant at) {
        return format(ctx, "format.dateTime", at);
    }

    public static String date(PageContext ctx, Instant at) {
        return format(ctx, "format.date", at);
    }

    private static String format(PageContext ctx, String patternKey, Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern(ctx.texts().get(patternKey), ctx.texts().locale())
                .withZone(AMSTERDAM).format(at);
    }

    /**
     * The pattern of a date with its month written out ("2 december 2026", "2 December 2026"), for
     * letters and form answers, which have a language but no page; the same as {@code format.date}.
     */
    public static final String IN_WORDS = "d MMMM uuuu";
}
