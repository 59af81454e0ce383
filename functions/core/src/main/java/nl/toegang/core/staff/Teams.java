package nl.toegang.core.staff;

import nl.toegang.auth.Principal;

/**
 * Teams are the identity provider's groups. A group {@code <team>-<role>} belongs to the team
 * {@code <team>} ({@code wmo-consulenten} and {@code wmo-teamleiders} to {@code wmo}); whoever is in
 * {@code <team>-teamleiders} leads that team and may distribute the work of all its groups.
 */
public final class Teams {

    public static final String LEAD_SUFFIX = "-teamleiders";

    private Teams() {}

    static String teamOf(String group) {
        int dash = group.lastIndexOf('-');
        return dash <= 0 ? group : group.substring(0, dash);
    }

    /** Whether this person leads the team the group belongs to. */
    public static boolean leads(Principal person, String group) {
        return group != null && person.inGroup(teamOf(group) + LEAD_SUFFIX);
    }

    /** Whether this person leads any team. */
    public static boolean leadsATeam(Principal person) {
        return person.groups().stream().anyMatch(g -> g.endsWith(LEAD_SUFFIX));
    }
}
