package nl.toegang.forms;

/**
 * The most characters a field takes. A form may set its own {@code maxLength}; where it sets
 * none, these defaults apply, so no answer can grow a case beyond what the tables and the
 * engine can hold (a DynamoDB item is at most 400 kB, and a case's answers are copied into its
 * tasks and process variables).
 */
final class FieldLimits {

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
