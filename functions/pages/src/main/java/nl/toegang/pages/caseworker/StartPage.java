package nl.toegang.pages.caseworker;

import java.util.List;

/**
 * Where staff land after signing in: how much work waits and links into the werkbak.
 *
 * @param figures one line per group of tasks, each a link to the werkbak filtered on it
 * @param registerHref where loket staff register a melding for a resident; null for everyone else
 * @param overrides the safety overrides a team lead must see; empty for everyone else
 */
public record StartPage(String welcome, List<Figure> figures, String werkbakHref, String registerHref,
        List<OverrideNotice> overrides) {

    public StartPage(String welcome, List<Figure> figures, String werkbakHref, String registerHref) {
        this(welcome, figures, werkbakHref, registerHref, List.of());
    }

    /**
     * "Doorbroken toestemming" for team leads: a safety override in a household of their team.
     *
     * @param seenAction where "gezien" is posted; null once a team lead saw it
     */
    public record OverrideNotice(String text, String privacyHref, String seenAction, String seenLabel, String seenBy) {}

    /** A count in words ("2 taken") with what it counts, and the werkbak showing just those. */
    public record Figure(String label, String value, String href, boolean warning) {}
}
