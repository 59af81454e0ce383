package nl.toegang.pages.households;

/**
 * On a case file: the household of the person the case is about, or the button that starts it.
 *
 * @param href the household page; null while there is none
 * @param startAction where "Huishouden starten" posts to; null when there is a household or nobody named
 */
public record HouseholdLink(String href, String startAction) {}
