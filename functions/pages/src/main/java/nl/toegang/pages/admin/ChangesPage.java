package nl.toegang.pages.admin;

/**
 * What changed in a version against the version before it.
 *
 * @param diff null for the first version, which has nothing to compare with
 */
public record ChangesPage(String intro, DiffView diff, Link back) {}
