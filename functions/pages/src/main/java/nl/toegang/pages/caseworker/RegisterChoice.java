package nl.toegang.pages.caseworker;

import java.util.List;

/**
 * A short page of the loket's registration: a message, and links on (the forms to choose from, or
 * another registration).
 *
 * @param lines paragraphs, in order
 */
public record RegisterChoice(List<String> lines, List<PageLink> links) {}
