package nl.toegang.resident.households;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.TeamSettings;
import nl.toegang.core.households.Coordinator;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import nl.toegang.core.households.HouseholdPrivacy;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.MemberWords;
import nl.toegang.core.theme.Municipality;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.households.HouseholdPage;
import nl.toegang.pages.households.MyHouseholdPage;

/**
 * The household as its members see it: everyone in it, the coordinator and how to reach the team,
 * and the cases the reader may see. Another member's case stays out unless that member consented to
 * share it with the household (a parent sees their child's, as they act for the child).
 */
@Singleton
public class MyHousehold {

    private final HouseholdAccess access;
    private final HouseholdRepository households;
    private final HouseholdPrivacy privacy;
    private final CaseAccess caseAccess;
    private final Collection<TeamSettings> teams;
    private final Municipality municipality;

    public MyHousehold(HouseholdAccess access, HouseholdRepository households, HouseholdPrivacy privacy,
            CaseAccess caseAccess, Collection<TeamSettings> teams, Municipality municipality) {
        this.access = access;
        this.households = households;
        this.privacy = privacy;
        this.caseAccess = caseAccess;
        this.teams = teams;
        this.municipality = municipality;
    }

    /** Whether the resident, or someone they act for, is in a household; no view is logged (for the link). */
    public boolean inAHousehold(Principal resident) {
        Set<String> people = new LinkedHashSet<>();
        resident.bsn().ifPresent(people::add);
        resident.actsFor().forEach(a -> people.add(a.bsn()));
        return people.stream().anyMatch(b -> households.findByMember(b).isPresent());
    }

    /** The page's content; empty when the resident is in no household. The view is logged. */
    public Optional<MyHouseholdPage> page(PageContext ctx) {
        Optional<ResidentHousehold> found = access.forResident(ctx.principal());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ResidentHousehold viewer = found.get();
        var h = viewer.household();
        List<MyHouseholdPage.Member> members = h.members().stream()
                .map(m -> new MyHouseholdPage.Member(name(ctx, viewer, m), MemberWords.relation(ctx, m), MemberWords.age(ctx, m)))
                .toList();
        // How many cases are hidden is not said: that another member has a case is theirs to share.
        List<MyHouseholdPage.CaseLine> shown = access.cases(h).stream()
                .filter(c -> c.clientBsn() != null && privacy.mayShow(viewer, Set.of(c.clientBsn())))
                .map(c -> new MyHouseholdPage.CaseLine(c.caseId(),
                        caseAccess.relation(ctx.principal(), c).isPresent() ? "/mijn-aanvragen/" + c.caseId() : null,
                        h.member(c.clientBsn()).map(m -> name(ctx, viewer, m)).orElse(c.clientName()),
                        MemberWords.law(ctx, c.law()), ctx.t("status." + c.status().name())))
                .toList();
        Coordinator c = h.coordinator();
        List<HouseholdPage.Link> links = List.of(
                new HouseholdPage.Link("/mijn-huishouden/plan", ctx.t("myHousehold.link.plan")),
                new HouseholdPage.Link("/mijn-huishouden/toestemming", ctx.t("myHousehold.link.consent")));
        return Optional.of(new MyHouseholdPage(members, c == null ? null : c.name(), c == null ? null : teamName(c.team()),
                municipality.phone(), municipality.phoneLink(), shown, links));
    }

    /** "Sven Hoekstra (u)" for the reader themselves. */
    private static String name(PageContext ctx, ResidentHousehold viewer, Member m) {
        boolean self = ctx.principal().bsn().filter(m.bsn()::equals).isPresent();
        return self ? ctx.t("myHousehold.you", m.name()) : m.name();
    }

    private String teamName(String team) {
        return teams.stream().filter(t -> t.getTeam().equals(team)).map(TeamSettings::getName).findFirst().orElse(team);
    }
}
