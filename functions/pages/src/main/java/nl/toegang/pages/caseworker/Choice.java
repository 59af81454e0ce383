package nl.toegang.pages.caseworker;

/** One option of a select, in the reader's words. */
public record Choice(String value, String label, boolean selected) {}
