package nl.toegang.pages.households;

import java.util.List;

/**
 * A household as a member (or someone acting for one) sees it: who is in it, the coordinator and
 * how to reach the team, and the cases the reader may see.
 *
 * @param coordinator the coordinator's name; null while nobody took it on
 * @param team the coordinator's team in words; null while nobody took it on
 */
public record MyHouseholdPage(List<Member> members, String coordinator, String team, String phone, String phoneLink,
        List<CaseLine> cases, List<HouseholdPage.Link> links) {

    /** @param age "14 jaar", or "" when unknown */
    public record Member(String name, String relation, String age) {}

    /** @param href the case page when the reader may open it; null otherwise */
    public record CaseLine(String caseId, String href, String person, String law, String status) {}
}
