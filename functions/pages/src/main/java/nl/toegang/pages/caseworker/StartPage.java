package nl.toegang.pages.caseworker;

import java.util.List;

/**
 * Where staff land after signing in: how much work waits and links into the werkbak.
 *
 * @param figures one line per group of tasks, each a link to the werkbak filtered on it
 */
public record StartPage(String welcome, List<Figure> figures, String werkbakHref) {

    /** A count in words ("2 taken") with what it counts, and the werkbak showing just those. */
    public record Figure(String label, String value, String href, boolean warning) {}
}
