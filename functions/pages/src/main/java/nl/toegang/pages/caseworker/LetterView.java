package nl.toegang.pages.caseworker;

/** A letter sent to the resident, as they read it. */
public record LetterView(String title, String sent, String text) {}
