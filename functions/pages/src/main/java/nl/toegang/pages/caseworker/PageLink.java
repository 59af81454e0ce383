package nl.toegang.pages.caseworker;

/** A link that keeps the werkbak's filters; {@code current} marks the one in use (aria-current). */
public record PageLink(String href, String text, boolean current) {}
