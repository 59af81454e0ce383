package nl.toegang.core.households;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.toegang.core.web.Dates;

/**
 * What the council sees of the doorbraken: how often, per month and per rule, how much budget was
 * granted, and why, without personal data. The justifications are the workers' own words, so
 * every name of a member of the household, of the asking worker and of the decider, and every
 * number that could be a BSN or a case number, is replaced before the text leaves this class.
 */
@Singleton
public class DoorbraakFigures {

    private static final Pattern NUMBERS = Pattern.compile("\\b\\d{6,}\\b");
    private static final Pattern CASE_IDS = Pattern.compile("\\b[A-Z]{2,10}-[0-9A-Z]{5}-[0-9A-Z]{5}\\b");
    public static final String NAME = "[naam]";
    public static final String NUMBER = "[nummer]";

    private final DoorbraakRepository doorbraken;
    private final HouseholdRepository households;

    public DoorbraakFigures(DoorbraakRepository doorbraken, HouseholdRepository households) {
        this.doorbraken = doorbraken;
        this.households = households;
    }

    public record Month(YearMonth month, int requested, int granted, int refused, long grantedCents) {}

    public record Rule(String rule, int requested, int granted, int refused) {}

    /** One doorbraak as the council reads it: no household, case, name or number. */
    public record Justification(YearMonth month, String team, String rule, String lawIntends, String residentNeeds,
            String professionalJudgement, String proposal, Doorbraak.Outcome outcome, Long grantedCents,
            String grantedPurpose, String decisionReason) {}

    public record Figures(int requested, int granted, int refused, int open, long grantedCents, List<Month> months,
            List<Rule> rules, List<Justification> justifications) {}

    public Figures figures() {
        List<Doorbraak> all = new ArrayList<>(doorbraken.all());
        all.sort(Comparator.comparing(Doorbraak::requestedAt).reversed());
        Map<YearMonth, List<Doorbraak>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        Map<String, List<Doorbraak>> byRule = new TreeMap<>();
        List<Justification> justifications = new ArrayList<>();
        for (Doorbraak d : all) {
            byMonth.computeIfAbsent(YearMonth.from(d.requestedAt().atZone(Dates.AMSTERDAM)), m -> new ArrayList<>()).add(d);
            List<String> names = names(d);
            String rule = anonymous(d.rule(), names);
            byRule.computeIfAbsent(rule.toLowerCase(Locale.ROOT).strip(), r -> new ArrayList<>()).add(d);
            justifications.add(new Justification(YearMonth.from(d.requestedAt().atZone(Dates.AMSTERDAM)), d.team(), rule,
                    anonymous(d.lawIntends(), names), anonymous(d.residentNeeds(), names),
                    anonymous(d.professionalJudgement(), names), anonymous(d.proposal(), names), d.outcome(),
                    d.grantedCents(), anonymous(d.grantedPurpose(), names), anonymous(d.decisionReason(), names)));
        }
        List<Month> months = byMonth.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue().size(),
                count(e.getValue(), Doorbraak.Outcome.GRANTED), count(e.getValue(), Doorbraak.Outcome.REFUSED),
                granted(e.getValue()))).toList();
        List<Rule> rules = byRule.values().stream()
                .map(ds -> new Rule(anonymous(ds.get(0).rule(), names(ds.get(0))), ds.size(),
                        count(ds, Doorbraak.Outcome.GRANTED), count(ds, Doorbraak.Outcome.REFUSED)))
                .sorted(Comparator.comparingInt(Rule::requested).reversed()).toList();
        return new Figures(all.size(), count(all, Doorbraak.Outcome.GRANTED), count(all, Doorbraak.Outcome.REFUSED),
                count(all, Doorbraak.Outcome.REQUESTED), granted(all), months, rules, justifications);
    }

    private List<String> names(Doorbraak d) {
        List<String> names = new ArrayList<>();
        households.find(d.householdId()).ifPresent(h -> h.members().forEach(m -> names.add(m.name())));
        if (d.requestedByName() != null) {
            names.add(d.requestedByName());
        }
        if (d.decidedByName() != null) {
            names.add(d.decidedByName());
        }
        return names;
    }

    /** Whole names first, then each part of a name that is long enough to be one (not "de", "van"). */
    static String anonymous(String text, List<String> names) {
        if (text == null) {
            return null;
        }
        String out = text;
        List<String> parts = new ArrayList<>(names);
        for (String name : names) {
            for (String part : name.split("\\s+")) {
                if (part.length() > 3 && !Set.of("van", "der", "den").contains(part.toLowerCase(Locale.ROOT))) {
                    parts.add(part);
                }
            }
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        for (String part : parts) {
            out = Pattern.compile("\\b" + Pattern.quote(part) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out).replaceAll(NAME);
        }
        out = CASE_IDS.matcher(out).replaceAll(NUMBER);
        return NUMBERS.matcher(out).replaceAll(NUMBER);
    }

    private static int count(List<Doorbraak> ds, Doorbraak.Outcome o) {
        return (int) ds.stream().filter(d -> d.outcome() == o).count();
    }

    private static long granted(List<Doorbraak> ds) {
        return ds.stream().filter(d -> d.outcome() == Doorbraak.Outcome.GRANTED && d.grantedCents() != null)
                .mapToLong(Doorbraak::grantedCents).sum();
    }
}
