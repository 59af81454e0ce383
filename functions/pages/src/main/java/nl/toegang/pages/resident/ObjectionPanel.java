package nl.toegang.pages.resident;

import java.util.List;

/**
 * The objection part of a resident's case page: until when they can object and the way to, the
 * objection they made and where it stands, or (on the objection's own page) the decision it is about.
 *
 * @param href null when there is nothing to go to
 * @param button whether the link is the page's main action (object now) rather than a way to read on
 */
public record ObjectionPanel(String title, List<String> lines, String href, String linkText, boolean button) {}
