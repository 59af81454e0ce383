package nl.toegang.pages.caseworker;

import java.util.List;

/**
 * Where staff land after signing in: how much work waits and links into the werkbak.
 *
 * @param figures one line per group of tasks, each a link to the werkbak filtered on it
 * @param registerHref where loket staff register a melding for a resident; null for everyone else
 */
public record StartPage(String welcome, List<Figure> figures, String werkbakHref, String registerHref) {

    /** A count in words ("2 taken") with what it counts, and the werkbak showing just those. */
    public record Figure(String label, String value, String href, boolean warning) {}
}
