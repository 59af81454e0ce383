package nl.toegang.pages.households;

import java.util.List;

/**
 * What a household's task (the plan's review) shows instead of a case file: who is in the
 * household, who coordinates it, the plan's goals and review date, and where to work on them.
 * Every field already in the reader's words.
 *
 * @param coordinator "Sanne de Vries (team Wmo)"; null when the household has no coordinator
 */
public record HouseholdTaskPanel(String householdId, String householdHref, String planHref, List<Member> members,
        String coordinator, PlanView plan) {

    /** @param age "14 jaar"; "" when unknown */
    public record Member(String name, String relation, String age) {}
}
