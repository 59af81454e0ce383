package nl.toegang.worker;

import java.util.Map;

/**
 * The sentence for {@code ${besluitTekst}} (and {@code ${besluitTekstEn}}) in the decision letter. The case worker's choice
 * {@code besluit} (form beschikking-opstellen) is a code; the letter needs words, in the letter's
 * language. A model may set the words itself (variables {@code besluitTekst} and
 * {@code besluitTekstEn}, as wmo-route does); without them they are derived from {@code besluit}.
 */
final class DecisionText {

    static final String PLACEHOLDER = "besluitTekst";
    /** The English words; the English letter may name them directly. */
    static final String ENGLISH_PLACEHOLDER = "besluitTekstEn";

    private DecisionText() {}

    static String forLetter(Map<String, Object> variables, String language) {
        boolean dutch = "nl".equals(language);
        // The Dutch variable must never end up in the English letter.
        Object fromModel = variables.get(dutch ? PLACEHOLDER : ENGLISH_PLACEHOLDER);
        if (fromModel != null && !fromModel.toString().isBlank()) {
            return fromModel.toString();
        }
        Object besluit = variables.get("besluit");
        String code = besluit == null ? "" : besluit.toString();
        return switch (code) {
            case "toekennen" -> dutch ? "U krijgt de hulp die hieronder staat." : "You will receive the support described below.";
            case "afwijzen" -> dutch ? "U krijgt de hulp die hieronder staat niet." : "You will not receive the support described below.";
            default -> code;
        };
    }
}
