package nl.toegang.localidp;

/** The groups the sign-in page shows, in this order. */
public enum PersonaCategory {
    RESIDENT("Inwoners", "Residents"),
    STAFF("Medewerkers", "Staff"),
    PARTNER("Verwijzers en melders", "Referrers and reporters"),
    ADMINISTRATOR("Beheerders", "Administrators");

    private final String dutchLabel;
    private final String englishLabel;

    PersonaCategory(String dutchLabel, String englishLabel) {
        this.dutchLabel = dutchLabel;
        this.englishLabel = englishLabel;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }

    static PersonaCategory fromJson(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
