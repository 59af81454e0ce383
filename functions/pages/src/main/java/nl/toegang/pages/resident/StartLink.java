package nl.toegang.pages.resident;

/** A form the home page offers, as the municipality configured its front doors. */
public record StartLink(String href, String text) {}
