package nl.toegang.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads a date as a browser's date input sends it ({@code yyyy-MM-dd}) or as a Dutch resident
 * types it without a date picker ({@code dd-MM-yyyy}, also with {@code /} or {@code .}).
 */
public final class DateInput {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateInput() {
    }

    /** The date, or empty when the text is not a date that exists (such as 31-02-2024). */
    public static Optional<LocalDate> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.trim();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return parseWith(text, ISO);
        }
        if (text.matches("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}")) {
            return parseWith(text.replaceAll("[/.]", "-"), DUTCH);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseWith(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
