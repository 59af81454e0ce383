package nl.toegang.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, safe subset of the FEEL in Camunda's {@code conditional.hide}. Without JavaScript
 * every field is shown, so the server uses this only to skip validation and storage of a
 * field whose condition hides it (for example the representative's name when the resident
 * fills in the form for themselves).
 *
 * <p>Supported: {@code =key = "text"}, {@code =key != "text"}, comparisons with numbers,
 * {@code true}, {@code false} and {@code null}, {@code =key}, {@code =not(key)}, and terms
 * joined by only {@code and} or only {@code or}.
 */
public final class HideCondition {

    private static final String KEY = "([A-Za-z_]\\w*(?:\\.\\w+)*)";
    private static final Pattern COMPARISON = Pattern.compile(KEY + "\\s*(!=|=)\\s*(.+)");
    private static final Pattern NOT = Pattern.compile("not\\s*\\(\\s*" + KEY + "\\s*\\)");
    private static final Pattern BARE_KEY = Pattern.compile(KEY);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String expression;
    private final boolean anyTerm;
    private final List<Term> terms;

    private HideCondition(String expression, boolean anyTerm, List<Term> terms) {
        this.expression = expression;
        this.anyTerm = anyTerm;
        this.terms = terms;
    }

    /** Parses a Camunda hide expression; throws {@link IllegalArgumentException} when it is outside the subset. */
    static HideCondition parse(String expression) {
        String trimmed = expression.trim();
        if (!trimmed.startsWith("=")) {
            throw new IllegalArgumentException("a hide condition must start with '='");
        }
        String body = trimmed.substring(1).trim();
        List<String> orParts = splitOutsideQuotes(body, "or");
        List<String> andParts = splitOutsideQuotes(body, "and");
        if (orParts.size() > 1 && andParts.size() > 1) {
            throw new IllegalArgumentException("use either 'and' or 'or', not both");
        }
        boolean any = orParts.size() > 1;
        List<Term> terms = new ArrayList<>();
        for (String part : any ? orParts : andParts) {
            terms.add(parseTerm(part.trim()));
        }
        return new HideCondition(trimmed, any, List.copyOf(terms));
    }

    public String expression() {
        return expression;
    }

    /** True when the field should be treated as hidden, given the other answers. */
    public boolean hides(Map<String, Object> values) {
        return anyTerm
                ? terms.stream().anyMatch(term -> term.holds(values))
                : terms.stream().allMatch(term -> term.holds(values));
    }

    private interface Term {
        boolean holds(Map<String, Object> values);
    }

    private static Term parseTerm(String term) {
        Matcher not = NOT.matcher(term);
        if (not.matches()) {
            String key = not.group(1);
            return values -> !isTruthy(values.get(key));
        }
        Matcher comparison = COMPARISON.matcher(term);
        if (comparison.matches()) {
            String key = comparison.group(1);
            boolean negated = comparison.group(2).equals("!=");
            Object literal = parseLiteral(comparison.group(3).trim());
            return values -> negated != matchesLiteral(values.get(key), literal);
        }
        if (BARE_KEY.matcher(term).matches()) {
            return values -> isTruthy(values.get(term));
        }
        throw new IllegalArgumentException("cannot read '" + term + "'");
    }

    private static Object parseLiteral(String literal) {
        if (literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"")) {
            return literal.substring(1, literal.length() - 1);
        }
        if (literal.equals("true") || literal.equals("false")) {
            return Boolean.valueOf(literal);
        }
        if (literal.equals("null")) {
            return null;
        }
        if (NUMBER.matcher(literal).matches()) {
            return new BigDecimal(literal);
        }
        throw new IllegalArgumentException("cannot read the value '" + literal + "'");
    }

    private static boolean matchesLiteral(Object value, Object literal) {
        if (literal instanceof BigDecimal number) {
            return value instanceof Number n && new BigDecimal(n.toString()).compareTo(number) == 0;
        }
        return Objects.equals(value, literal);
    }

    private static boolean isTruthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return !(value instanceof Collection<?> c) || !c.isEmpty();
    }

    private static List<String> splitOutsideQuotes(String body, String word) {
        List<String> parts = new ArrayList<>();
        String separator = " " + word + " ";
        boolean inQuotes = false;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && body.startsWith(separator, i)) {
                parts.add(body.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    @Override
    public String toString() {
        return expression;
    }
}
