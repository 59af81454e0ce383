package nl.toegang.pages;

/**
 * One language the language switch offers.
 *
 * @param code    the language code, as in {@code lang="pl"} and {@code ?lang=pl}
 * @param ownName the language's name in that language ("Polski", "Українська"), so a reader finds their own
 */
public record LanguageChoice(String code, String ownName) {
}
