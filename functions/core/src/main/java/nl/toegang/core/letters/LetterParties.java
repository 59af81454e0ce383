package nl.toegang.core.letters;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.TeamSettings;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.theme.Municipality;

/**
 * Who a letter is from and for. The letter is the person helped's (a representative gets a copy,
 * docs/adr/0020-acting-for-someone-else.md): their name and address as the case's form gives them.
 * It comes from the team that works on the case, by the name residents know it
 * ({@code toegang.teams.<team>.name}).
 *
 * <p>The letter job writes both into the LETTER event ({@link #ADDRESSEE}, {@link #SENDER}), so a
 * letter kept as PDF says what it said when it was sent; letters written before that take them from
 * the case now.
 */
@Singleton
public class LetterParties {

    /** Event data: {@code {name, address: [lines]}}. */
    public static final String ADDRESSEE = "addressee";
    /** Event data: the sending team's name. */
    public static final String SENDER = "sender";

    private final TaskRepository tasks;
    private final Map<String, String> teamNames;
    private final Municipality municipality;

    public LetterParties(TaskRepository tasks, List<TeamSettings> teams, Municipality municipality) {
        this.tasks = tasks;
        this.municipality = municipality;
        this.teamNames = teams.stream().collect(Collectors.toMap(TeamSettings::getTeam, TeamSettings::getName, (a, b) -> a));
    }

    /** The addressee as event data. */
    public Map<String, Object> addressee(CaseRecord c) {
        Map<String, Object> addressee = new LinkedHashMap<>();
        addressee.put("name", name(c));
        addressee.put("address", address(c.values()));
        return addressee;
    }

    /** The team of the case's latest task by name; the municipality itself when no team has worked on it. */
    public String sender(String caseId) {
        return tasks.forCase(caseId).stream()
                .filter(t -> t.candidateGroup() != null && t.createdAt() != null)
                .max(Comparator.comparing(UserTaskRecord::createdAt))
                .map(t -> teamOf(t.candidateGroup()))
                .map(team -> teamNames.getOrDefault(team, municipality.name()))
                .orElse(municipality.name());
    }

    private static String teamOf(String group) {
        int dash = group.lastIndexOf('-');
        return dash <= 0 ? group : group.substring(0, dash);
    }

    private static String name(CaseRecord c) {
        String fromForm = Stream.of(text(c.values(), "voornaam"), text(c.values(), "achternaam"))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        if (!fromForm.isEmpty()) {
            return fromForm;
        }
        return Optional.ofNullable(c.clientName()).filter(n -> !n.isBlank()).orElse(c.ownerName() == null ? "" : c.ownerName());
    }

    private static List<String> address(Map<String, Object> values) {
        List<String> lines = new ArrayList<>();
        String street = text(values, "adres");
        if (!street.isEmpty()) {
            lines.add(street);
        }
        String town = Stream.of(text(values, "postcode"), text(values, "woonplaats")).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        if (!town.isEmpty()) {
            lines.add(town);
        }
        return lines;
    }

    private static String text(Map<String, Object> values, String key) {
        Object v = values == null ? null : values.get(key);
        return v == null ? "" : v.toString().replaceAll("\\p{Cc}+", " ").strip();
    }
}
