package nl.toegang.pages.components;

import java.util.List;

/**
 * The box above a form that lists every error with a link to its field (GOV.UK pattern).
 *
 * @param links each error's message and the {@code #id} of its field, in the form's order
 */
public record ErrorSummary(String title, List<Link> links) {

    public record Link(String href, String message) {}
}
