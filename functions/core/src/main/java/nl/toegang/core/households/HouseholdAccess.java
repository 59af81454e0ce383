package nl.toegang.core.households;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.web.ProblemException;

/**
 * Who may see a household. Case workers: the coordinator, their team, and every team that has (or
 * had) a task on a case of a member. Residents: the members and whoever acts for a member; what
 * each of them may see inside the household is the privacy rules' business. Every view is a
 * line in the household's history, like a view of a case; anyone else gets "not found".
 */
@Singleton
public class HouseholdAccess {

    private final HouseholdRepository households;
    private final HouseholdCases cases;
    private final TaskRepository tasks;
    private final CaseEventRepository events;

    public HouseholdAccess(HouseholdRepository households, HouseholdCases cases, TaskRepository tasks,
            CaseEventRepository events) {
        this.households = households;
        this.cases = cases;
        this.tasks = tasks;
        this.events = events;
    }

    /**
     * A household as a resident sees it.
     *
     * @param speaksFor the members this resident is, or acts for
     */
    public record ResidentHousehold(Household household, Set<String> speaksFor) {
        public boolean speaksFor(String bsn) {
            return speaksFor.contains(bsn);
        }
    }

    /** The household for a case worker; the view is logged in its history. */
    public Household forWorker(Principal worker, String householdId) {
        Household h = visibleTo(worker, householdId);
        logView(worker, householdId);
        return h;
    }

    /**
     * The household for a case worker, without a view line: for showing again what they just
     * opened (a form sent back with errors), not for a first view.
     */
    public Household visibleTo(Principal worker, String householdId) {
        worker.require(Principal.CASEWORKER);
        Household h = find(householdId);
        if (!worksOn(worker, h)) {
            throw notFound(householdId);
        }
        return h;
    }

    /** Whether the worker may see the household with this id, without logging a view. */
    public boolean worksOn(Principal worker, String householdId) {
        return HouseholdIds.looksValid(householdId)
                && households.find(householdId).map(h -> worksOn(worker, h)).orElse(false);
    }

    /** Whether the worker may see the household, without logging a view (for links and lists). */
    public boolean worksOn(Principal worker, Household h) {
        if (!worker.hasRole(Principal.CASEWORKER)) {
            return false;
        }
        Coordinator c = h.coordinator();
        if (c != null && (c.subject().equals(worker.subject()) || inTeam(worker, c.team()))) {
            return true;
        }
        return cases.of(h).stream()
                .flatMap(k -> tasks.forCase(k.caseId()).stream())
                .anyMatch(t -> worker.inGroup(t.candidateGroup()) || worker.subject().equals(t.assignee()));
    }

    /** The household of the signed-in resident or of someone they act for; the view is logged. */
    public Optional<ResidentHousehold> forResident(Principal resident) {
        resident.require(Principal.RESIDENT);
        Set<String> people = new LinkedHashSet<>();
        resident.bsn().ifPresent(people::add);
        resident.actsFor().forEach(a -> people.add(a.bsn()));
        for (String bsn : people) {
            Optional<Household> h = households.findByMember(bsn);
            if (h.isPresent()) {
                Set<String> speaksFor = new LinkedHashSet<>();
                people.stream().filter(h.get()::hasMember).forEach(speaksFor::add);
                logView(resident, h.get().householdId());
                return Optional.of(new ResidentHousehold(h.get(), Set.copyOf(speaksFor)));
            }
        }
        return Optional.empty();
    }

    /** The cases of the household's members, newest first. */
    public List<CaseRecord> cases(Household h) {
        return cases.of(h);
    }

    private static boolean inTeam(Principal worker, String team) {
        return worker.groups().stream().anyMatch(g -> g.startsWith(team + "-"));
    }

    private void logView(Principal who, String householdId) {
        events.append(CaseEvent.of(householdId, CaseEvent.Type.VIEWED, who.subject(), who.name(), false, Map.of()));
    }

    private Household find(String householdId) {
        if (!HouseholdIds.looksValid(householdId)) {
            throw notFound(householdId);
        }
        return households.find(householdId).orElseThrow(() -> notFound(householdId));
    }

    private static ProblemException notFound(String householdId) {
        return ProblemException.notFound("household.unknown", householdId);
    }
}
