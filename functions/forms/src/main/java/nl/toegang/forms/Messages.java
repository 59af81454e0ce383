package nl.toegang.forms;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.toegang.pages.BundleTexts;
import nl.toegang.pages.PageTexts;

/**
 * Every text this library shows a resident, from toegang/form-texts_nl.properties (B1, "u") and
 * form-texts_&lt;code&gt;.properties for every other language, a missing key falling back to Dutch. Error messages name the field, because the error summary lists them away from the field.
 */
public final class Messages {

    private static final String BUNDLE = "toegang.form-texts";
    private static final Map<Language, PageTexts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {
    }

    // Field markers and fixed texts.

    public static String requiredMarker(Language language) {
        return text(language, "field.requiredMarker");
    }

    public static String errorPrefix(Language language) {
        return text(language, "field.errorPrefix");
    }

    public static String errorSummaryTitle(Language language) {
        return text(language, "errorSummary.title");
    }

    public static String chooseOption(Language language) {
        return text(language, "field.chooseOption");
    }

    public static String yes(Language language) {
        return text(language, "answer.yes");
    }

    public static String no(Language language) {
        return text(language, "answer.no");
    }

    public static String notFilledIn(Language language) {
        return text(language, "answer.notFilledIn");
    }

    // Errors for any field.

    static String required(Language language, String label) {
        return text(language, "error.required", inSentence(label));
    }

    static String chooseRequired(Language language, String label) {
        return text(language, "error.chooseRequired", inSentence(label));
    }

    static String chooseAtLeastOne(Language language, String label) {
        return text(language, "error.chooseAtLeastOne", inSentence(label));
    }

    static String tickRequired(Language language, String label) {
        return text(language, "error.tickRequired", inSentence(label));
    }

    static String notAnOption(Language language, String label) {
        return text(language, "error.notAnOption", inSentence(label));
    }

    static String tooShort(Language language, String label, int minLength) {
        return text(language, "error.tooShort", inSentence(label), plain(minLength));
    }

    static String tooLong(Language language, String label, int maxLength) {
        return text(language, "error.tooLong", inSentence(label), plain(maxLength));
    }

    static String notOneLine(Language language, String label) {
        return text(language, "error.notOneLine", inSentence(label));
    }

    static String forbiddenCharacter(Language language, String label) {
        return text(language, "error.forbiddenCharacter", inSentence(label));
    }

    static String dateBefore(Language language, String label, String otherLabel) {
        return text(language, "error.dateBefore", inSentence(label), inSentence(otherLabel));
    }

    static String patternMismatch(Language language, String label) {
        return text(language, "error.patternMismatch", inSentence(label));
    }

    static String invalidEmail(Language language, String label) {
        return text(language, "error.invalidEmail", inSentence(label));
    }

    static String invalidPhone(Language language, String label) {
        return text(language, "error.invalidPhone", inSentence(label));
    }

    // Numbers.

    static String notANumber(Language language, String label) {
        return text(language, "error.notANumber", inSentence(label));
    }

    static String belowMin(Language language, String label, BigDecimal min) {
        return text(language, "error.belowMin", inSentence(label), number(language, min));
    }

    static String aboveMax(Language language, String label, BigDecimal max) {
        return text(language, "error.aboveMax", inSentence(label), number(language, max));
    }

    static String tooManyDecimals(Language language, String label, int decimals) {
        return decimals == 0
                ? text(language, "error.wholeNumber", inSentence(label))
                : text(language, "error.tooManyDecimals", inSentence(label), plain(decimals));
    }

    // Dates.

    static String invalidDate(Language language, String label) {
        return text(language, "error.invalidDate", inSentence(label));
    }

    static String dateInFuture(Language language, String label) {
        return text(language, "error.dateInFuture", inSentence(label));
    }

    static String tooYoung(Language language, String label, int years) {
        return text(language, "error.tooYoung", inSentence(label), plain(years));
    }

    static String dateInPast(Language language, String label) {
        return text(language, "error.dateInPast", inSentence(label));
    }

    // BSN and postcode: the number itself says which field is meant.

    static String bsnRequired(Language language) {
        return text(language, "error.bsnRequired");
    }

    static String bsnNotNineDigits(Language language) {
        return text(language, "error.bsnNotNineDigits");
    }

    static String bsnInvalid(Language language) {
        return text(language, "error.bsnInvalid");
    }

    static String postcodeRequired(Language language) {
        return text(language, "error.postcodeRequired");
    }

    static String postcodeInvalid(Language language) {
        return text(language, "error.postcodeInvalid");
    }

    // Why a form file cannot be used; a component's problem names the component first.

    static String definitionProblem(Language language, boolean aboutComponent, String componentKey, String componentType,
            String key, Object[] args) {
        String detail = text(language, key, args);
        if (!aboutComponent) {
            return detail;
        }
        String name = componentKey == null ? text(language, "definition.noKeyName") : componentKey;
        return text(language, "definition.component", name, String.valueOf(componentType), detail);
    }

    static String dutchNumber(BigDecimal number) {
        return number.toPlainString().replace('.', ',');
    }

    /** The label as it reads inside a sentence; the bundle puts the quotation marks around it. */
    private static String inSentence(String label) {
        String text = label == null ? "" : label.strip();
        // Modeler labels often end in a colon; inside a sentence it reads as a mistake.
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    // Numbers go in as text: MessageFormat would group thousands (1.000), which a limit never shows.
    private static String plain(int number) {
        return Integer.toString(number);
    }

    private static String number(Language language, BigDecimal number) {
        return localNumber(language, number);
    }

    /**
     * A number as a reader of {@code language} writes it: with that language's decimal sign
     * (Dutch, Polish and Ukrainian a comma, English a point) and no grouping of thousands.
     */
    static String localNumber(Language language, BigDecimal number) {
        char decimal = java.text.DecimalFormatSymbols.getInstance(language.locale()).getDecimalSeparator();
        return number.toPlainString().replace('.', decimal);
    }

    private static String text(Language language, String key, Object... args) {
        return BY_LANGUAGE.computeIfAbsent(language, l -> BundleTexts.withDutchFallback(BUNDLE, l.locale(),
                Language.FALLBACK.locale())).get(key, args);
    }
}
