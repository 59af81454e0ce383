package nl.toegang.forms;

/**
 * The most characters a field takes. A form may set its own {@code maxLength}; where it sets
 * none, these defaults apply, so no answer can grow a case beyond what the tables and the
 * engine can hold (a DynamoDB item is at most 400 kB, and a case's answers are copied into its
 * tasks and process variables).
 */
public final class FieldLimits {

    /**
     * The most one form's answers may take, as UTF-8 JSON. A case and every task item carry all
     * answers of the process so far, and a DynamoDB item holds at most 400 kB.
     */
    public static final int MAX_ANSWER_BYTES = 64 * 1024;
    /** UTF-8 takes at most 4 bytes per character. */
    private static final int BYTES_PER_CHARACTER = 4;

    /** One line of text: names, addresses, short answers. */
    static final int ONE_LINE = 300;
    /** Free text, such as a description of the resident's situation. */
    static final int MULTI_LINE = 4000;
    /** The longest address the e-mail standard allows (RFC 5321). */
    static final int EMAIL = 254;
    /** Digits, spaces, brackets and a plus: an international number with room for spacing. */
    static final int PHONE = 20;
    /** Numbers and dates are short; more is not something a person typed. */
    static final int SHORT = 40;
    /** The highest maxLength a form may set: even then a case stays well below the item limit. */
    static final int CEILING = 10_000;

    private FieldLimits() {
    }

    /** The most bytes the answers to a form can take: each typed field full of 4-byte characters. */
    static long worstCaseBytes(FormDefinition form) {
        long bytes = 0;
        for (FormComponent field : form.fields()) {
            bytes += field.key().length() + 8; // the key, quotes and separators
            bytes += switch (field.type()) {
                case SELECT, RADIO -> field.values().stream().mapToLong(o -> o.value().length()).max().orElse(SHORT);
                case CHECKLIST -> field.values().stream().mapToLong(o -> o.value().length() + 3).sum();
                case CHECKBOX -> 5;
                default -> (long) maxLength(field) * BYTES_PER_CHARACTER;
            };
        }
        return bytes;
    }

    /** For fields whose answer is typed; choices are bounded by their options instead. */
    static int maxLength(FormComponent field) {
        ValidationRules rules = field.validate();
        Integer own = rules.maxLength();
        if (rules.isEmail() || rules.isPhone()) {
            int standard = rules.isEmail() ? EMAIL : PHONE;
            return own == null ? standard : Math.min(own, standard);
        }
        return switch (field.type()) {
            case NUMBER, DATETIME -> SHORT;
            case TEXTAREA -> own == null ? MULTI_LINE : own;
            default -> own == null ? ONE_LINE : own;
        };
    }
}
