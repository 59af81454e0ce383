package nl.toegang.forms;

import java.math.BigDecimal;

/**
 * Every text this library shows a resident, in Dutch (B1: short sentences, "u") and English.
 * Error messages name the field, because the error summary lists them away from the field.
 */
public final class Messages {

    private Messages() {
    }

    // Field markers and fixed texts.

    public static String requiredMarker(Language language) {
        return say(language, "(verplicht)", "(required)");
    }

    public static String errorPrefix(Language language) {
        return say(language, "Fout:", "Error:");
    }

    public static String errorSummaryTitle(Language language) {
        return say(language, "Er is een probleem", "There is a problem");
    }

    public static String chooseOption(Language language) {
        return say(language, "Kies een antwoord", "Choose an answer");
    }

    public static String yes(Language language) {
        return say(language, "Ja", "Yes");
    }

    public static String no(Language language) {
        return say(language, "Nee", "No");
    }

    public static String notFilledIn(Language language) {
        return say(language, "Niet ingevuld", "Not filled in");
    }

    // Errors for any field.

    static String required(Language language, String label) {
        return say(language, "Vul " + quoted(label) + " in.", "Enter " + quoted(label) + ".");
    }

    static String chooseRequired(Language language, String label) {
        return say(language, "Kies een antwoord bij " + quoted(label) + ".",
                "Choose an answer for " + quoted(label) + ".");
    }

    static String chooseAtLeastOne(Language language, String label) {
        return say(language, "Kies minstens één antwoord bij " + quoted(label) + ".",
                "Choose at least one answer for " + quoted(label) + ".");
    }

    static String tickRequired(Language language, String label) {
        return say(language, "Zet een vinkje bij " + quoted(label) + ".",
                "Tick the box " + quoted(label) + ".");
    }

    static String notAnOption(Language language, String label) {
        return say(language, "Kies bij " + quoted(label) + " een antwoord uit de lijst.",
                "Choose an answer from the list for " + quoted(label) + ".");
    }

    static String tooShort(Language language, String label, int minLength) {
        return say(language, quoted(label) + " moet minstens " + minLength + " tekens hebben.",
                quoted(label) + " must be at least " + minLength + " characters.");
    }

    static String tooLong(Language language, String label, int maxLength) {
        return say(language, quoted(label) + " mag niet meer dan " + maxLength + " tekens hebben.",
                quoted(label) + " must be " + maxLength + " characters or fewer.");
    }

    static String notOneLine(Language language, String label) {
        return say(language, "Schrijf " + quoted(label) + " op één regel, zonder tabs of andere speciale tekens.",
                "Write " + quoted(label) + " on one line, without tabs or other special characters.");
    }

    static String forbiddenCharacter(Language language, String label) {
        return say(language, "Bij " + quoted(label) + " staat een teken dat niet mag. Haal het weg en probeer het opnieuw.",
                "There is a character in " + quoted(label) + " that is not allowed. Remove it and try again.");
    }

    static String dateBefore(Language language, String label, String otherLabel) {
        return say(language, "De datum bij " + quoted(label) + " kan niet vóór de datum bij " + quoted(otherLabel) + " liggen.",
                "The date for " + quoted(label) + " cannot be before the date for " + quoted(otherLabel) + ".");
    }

    static String patternMismatch(Language language, String label) {
        return say(language, "Wat u bij " + quoted(label) + " heeft ingevuld, klopt niet. Controleer het.",
                "What you entered for " + quoted(label) + " is not right. Check it.");
    }

    static String invalidEmail(Language language, String label) {
        return say(language, "Vul bij " + quoted(label) + " een goed e-mailadres in, zoals naam@voorbeeld.nl.",
                "Enter a valid email address for " + quoted(label) + ", like name@example.com.");
    }

    static String invalidPhone(Language language, String label) {
        return say(language, "Vul bij " + quoted(label) + " een goed telefoonnummer in, zoals 06 12345678.",
                "Enter a valid phone number for " + quoted(label) + ", like 06 12345678.");
    }

    // Numbers.

    static String notANumber(Language language, String label) {
        return say(language, "Vul bij " + quoted(label) + " een getal in, zoals 12 of 12,5.",
                "Enter a number for " + quoted(label) + ", like 12 or 12.5.");
    }

    static String belowMin(Language language, String label, BigDecimal min) {
        return say(language, quoted(label) + " moet " + dutchNumber(min) + " of meer zijn.",
                quoted(label) + " must be " + min.toPlainString() + " or more.");
    }

    static String aboveMax(Language language, String label, BigDecimal max) {
        return say(language, quoted(label) + " mag niet meer dan " + dutchNumber(max) + " zijn.",
                quoted(label) + " must be " + max.toPlainString() + " or less.");
    }

    static String tooManyDecimals(Language language, String label, int decimals) {
        return decimals == 0
                ? say(language, "Vul bij " + quoted(label) + " een heel getal in, zonder komma.",
                        "Enter a whole number for " + quoted(label) + ".")
                : say(language, quoted(label) + " mag maximaal " + decimals + " cijfers achter de komma hebben.",
                        quoted(label) + " can have at most " + decimals + " digits after the decimal point.");
    }

    // Dates.

    static String invalidDate(Language language, String label) {
        return say(language, "Vul bij " + quoted(label) + " een datum in die bestaat, zoals 31-12-1950.",
                "Enter a real date for " + quoted(label) + ", like 31-12-1950.");
    }

    static String dateInFuture(Language language, String label) {
        return say(language, "De datum bij " + quoted(label) + " kan niet in de toekomst liggen.",
                "The date for " + quoted(label) + " cannot be in the future.");
    }

    static String dateInPast(Language language, String label) {
        return say(language, "De datum bij " + quoted(label) + " kan niet in het verleden liggen.",
                "The date for " + quoted(label) + " cannot be in the past.");
    }

    // BSN and postcode: the number itself says which field is meant.

    static String bsnRequired(Language language) {
        return say(language, "Vul uw burgerservicenummer (BSN) in.", "Enter your citizen service number (BSN).");
    }

    static String bsnNotNineDigits(Language language) {
        return say(language, "Een BSN heeft 9 cijfers. Controleer wat u heeft ingevuld.",
                "A BSN has 9 digits. Check what you entered.");
    }

    static String bsnInvalid(Language language) {
        return say(language, "Dit BSN klopt niet. Controleer de 9 cijfers.",
                "This BSN is not right. Check the 9 digits.");
    }

    static String postcodeRequired(Language language) {
        return say(language, "Vul uw postcode in.", "Enter your postcode.");
    }

    static String postcodeInvalid(Language language) {
        return say(language, "Deze postcode klopt niet. Een postcode heeft 4 cijfers en 2 letters, zoals 1234 AB.",
                "This postcode is not right. A postcode has 4 digits and 2 letters, like 1234 AB.");
    }

    static String dutchNumber(BigDecimal number) {
        return number.toPlainString().replace('.', ',');
    }

    private static String quoted(String label) {
        String text = label == null ? "" : label.strip();
        // Modeler labels often end in a colon; inside a sentence it reads as a mistake.
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return "\"" + text + "\"";
    }

    private static String say(Language language, String dutch, String english) {
        return language == Language.EN ? english : dutch;
    }
}
