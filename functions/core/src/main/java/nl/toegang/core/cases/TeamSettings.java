package nl.toegang.core.cases;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * A team as residents know it: "CJG Heemstede", "IASZ", "Sociaal Loket". Configured under
 * {@code toegang.teams.<team>}; the team's groups at the identity provider are
 * {@code <team>-consulenten} and {@code <team>-teamleiders} (ADR 0016).
 */
@EachProperty("toegang.teams")
public class TeamSettings {
    private final String team;
    private String name;

    public TeamSettings(@Parameter String team) {
        this.team = team;
    }

    public String getTeam() { return team; }
    public String getName() { return name == null ? team : name; }
    public void setName(String name) { this.name = name; }
}
