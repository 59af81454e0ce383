package nl.toegang.worker;

/**
 * The sentence for {@code ${besluitTekst}} in the decision letter, derived from the case worker's
 * choice {@code besluit} (form beschikking-opstellen): the form stores a code, the letter needs words.
 */
final class DecisionText {

    static final String PLACEHOLDER = "besluitTekst";

    private DecisionText() {}

    static String of(Object besluit, String language) {
        String code = besluit == null ? "" : besluit.toString();
        boolean dutch = "nl".equals(language);
        return switch (code) {
            case "toekennen" -> dutch ? "U krijgt de ondersteuning die u heeft aangevraagd." : "You will receive the support you applied for.";
            case "afwijzen" -> dutch ? "U krijgt de ondersteuning die u heeft aangevraagd niet." : "You will not receive the support you applied for.";
            default -> code;
        };
    }
}
