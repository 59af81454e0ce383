package nl.toegang.forms;

import java.util.Locale;
import java.util.Map;

/**
 * The HTML autocomplete token a field key suggests, so phones and browsers can fill in a
 * resident's own details. Property {@code autocomplete} on the component overrides it.
 */
final class Autocomplete {

    private static final Map<String, String> TOKENS_BY_KEY = Map.ofEntries(
            Map.entry("voornaam", "given-name"),
            Map.entry("voornamen", "given-name"),
            Map.entry("firstname", "given-name"),
            Map.entry("givenname", "given-name"),
            Map.entry("achternaam", "family-name"),
            Map.entry("lastname", "family-name"),
            Map.entry("familyname", "family-name"),
            Map.entry("surname", "family-name"),
            Map.entry("naam", "name"),
            Map.entry("name", "name"),
            Map.entry("email", "email"),
            Map.entry("emailadres", "email"),
            Map.entry("telefoon", "tel"),
            Map.entry("telefoonnummer", "tel"),
            Map.entry("phone", "tel"),
            Map.entry("postcode", "postal-code"),
            Map.entry("postalcode", "postal-code"),
            Map.entry("adres", "street-address"),
            Map.entry("address", "street-address"),
            Map.entry("woonplaats", "address-level2"),
            Map.entry("plaats", "address-level2"),
            Map.entry("city", "address-level2"),
            Map.entry("geboortedatum", "bday"),
            Map.entry("birthdate", "bday"),
            Map.entry("dateofbirth", "bday"));

    private Autocomplete() {
    }

    /** The token, or null when the key says nothing about the resident's own details. */
    static String tokenFor(FormComponent field) {
        String configured = field.properties().get("autocomplete");
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        if (field.hasCustomValidation(CustomValidation.BSN)) {
            // A BSN must never be remembered by the browser on a shared computer.
            return "off";
        }
        return TOKENS_BY_KEY.get(field.key().replaceAll("[_\\-.]", "").toLowerCase(Locale.ROOT));
    }
}
