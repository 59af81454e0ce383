package nl.toegang.pages.households;

import java.util.List;
import nl.toegang.pages.components.DescriptionItem;

/**
 * The council's overview of doorbraken: totals, per month, per rule, and the justifications, all
 * without personal data.
 *
 * @param months each row: month, asked, granted, refused, budget granted (in words)
 * @param rules each row: rule, asked, granted, refused
 */
public record DoorbrakenOverviewPage(String totals, List<List<String>> months, List<List<String>> rules,
        List<Justification> justifications) {

    public record Justification(String title, List<DescriptionItem> items) {}
}
