package nl.toegang.worker;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills {@code ${name}} and {@code ${a.b}} in a letter from process variables. Letters are
 * CommonMark written by administrators, so there is no expression language: a path into the
 * variables, nothing more.
 *
 * <p>A placeholder with other text on its line ("Beste ${melding.voornaam},") is one line of the
 * letter: line breaks in its value become spaces, so nothing a resident typed can add lines to an
 * official letter. A placeholder alone on its line (a motivation) keeps the value's lines. Control
 * characters never reach a letter.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\$\\{\\s*([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)*)\\s*}");

    private Placeholders() {}

    /** @param missing the placeholders without a value; each is filled with an empty string */
    record Filled(String text, Set<String> missing) {}

    static Filled fill(String template, Map<String, Object> values) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = m.group(1);
            String value = format(lookup(values, path));
            if (value.isEmpty()) {
                missing.add(path);
            }
            value = aloneOnItsLine(template, m.start(), m.end()) ? asLines(value) : asOneLine(value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Filled(out.toString(), missing);
    }

    private static boolean aloneOnItsLine(String template, int start, int end) {
        int lineStart = template.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = template.indexOf('\n', end);
        String before = template.substring(lineStart, start);
        String after = template.substring(end, lineEnd < 0 ? template.length() : lineEnd);
        return before.isBlank() && after.isBlank();
    }

    private static String asOneLine(String value) {
        return value.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
    }

    private static String asLines(String value) {
        String lines = value.replace("\r\n", "\n").replaceAll("[\\r\\u0085\\p{Zl}\\p{Zp}]", "\n");
        return lines.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }

    /** Whether the text uses a placeholder, so a value is only derived for letters that show it. */
    static boolean uses(String template, String name) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Object lookup(Map<String, Object> values, String path) {
        Object current = values;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Placeholders::format).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> option) {
            // Options such as the providers list are {label, value}; a reader wants the label.
            Object shown = option.containsKey("label") ? option.get("label") : option.get("value");
            return shown instanceof Map<?, ?> ? "" : format(shown);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            // JSON numbers arrive as doubles; 19.0 should read as 19.
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
