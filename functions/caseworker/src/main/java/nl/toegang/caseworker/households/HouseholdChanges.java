package nl.toegang.caseworker.households;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Coordinator;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdIds;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.MemberRelation;
import nl.toegang.core.households.PersonRegistry;
import nl.toegang.core.households.plan.PlanReview;
import nl.toegang.core.staff.StaffDirectory;
import nl.toegang.core.staff.StaffMember;
import nl.toegang.core.staff.Teams;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.BsnCheck;
import nl.toegang.forms.Language;

/**
 * What a case worker changes in a household: the coordinator (take it on, hand it over with a
 * reason) and the members. Every change names the version it was based on; a change based on an
 * old version is refused with 409 and nothing saved before is lost. Each change is a line in the
 * household's history with who made it.
 */
@Singleton
public class HouseholdChanges {

    public static final String COLLEAGUE = "collega";
    public static final String REASON = "reden";
    public static final String BSN = "bsn";
    public static final String NAME = "naam";
    public static final String RELATION = "relatie";
    public static final String BIRTH_DATE = "geboortedatum";
    static final int MAX_REASON = 1000;
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    private final HouseholdRepository households;
    private final HouseholdAccess access;
    private final CaseEventRepository events;
    private final StaffDirectory staff;
    private final PersonRegistry registry;
    private final PlanReview review;

    public HouseholdChanges(HouseholdRepository households, HouseholdAccess access, CaseEventRepository events,
            StaffDirectory staff, PersonRegistry registry, PlanReview review) {
        this.review = review;
        this.households = households;
        this.access = access;
        this.events = events;
        this.staff = staff;
        this.registry = registry;
    }

    /** A member to add: from the registry by BSN alone, or by BSN, name and relation. */
    public record NewMember(String bsn, String name, String relation, String birthDate) {}

    /** "Ik word regisseur", while nobody is: taking over from a colleague is a hand-over, with a reason. */
    public Household takeOn(Principal worker, String householdId, long version) {
        Household h = find(worker, householdId);
        if (h.coordinator() != null) {
            throw ProblemException.conflict("household.hasCoordinator", h.coordinator().name());
        }
        Coordinator me = new Coordinator(worker.subject(), worker.name(), teamOf(worker), Instant.now());
        Household stored = store(h.withCoordinator(me), version);
        record(worker, stored, CaseEvent.Type.HOUSEHOLD_COORDINATOR_TAKEN, Map.of("team", me.team()));
        // Without a coordinator the review went to the team of whoever set the date; now it is the coordinator's.
        review.teamChanged(stored, me.team());
        return stored;
    }

    /** The colleagues the coordination can go to: who signed in, in a team of the one handing over. */
    public List<StaffMember> colleagues(Principal worker) {
        Map<String, StaffMember> found = new LinkedHashMap<>();
        worker.groups().forEach(g -> staff.members(g).forEach(m -> found.putIfAbsent(m.id(), m)));
        found.remove(worker.subject());
        return List.copyOf(found.values());
    }

    /** Whether this worker may hand the coordination over: the coordinator, or a lead of their team. */
    public boolean mayHandOver(Principal worker, Household h) {
        Coordinator c = h.coordinator();
        return c != null && (c.subject().equals(worker.subject()) || worker.inGroup(c.team() + Teams.LEAD_SUFFIX));
    }

    public Household handOver(Principal worker, String householdId, long version, String colleagueId, String reason,
            Language language) {
        Household h = find(worker, householdId);
        if (!mayHandOver(worker, h)) {
            throw ProblemException.forbidden("household.notCoordinator");
        }
        Texts t = Texts.of(language);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<StaffMember> to = colleagueId == null ? Optional.empty()
                : colleagues(worker).stream().filter(m -> m.id().equals(colleagueId)).findFirst();
        if (to.isEmpty()) {
            errors.put(COLLEAGUE, t.get("household.error.colleague"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put(REASON, t.get("household.error.reason"));
        } else if (why.length() > MAX_REASON) {
            errors.put(REASON, t.get("household.error.tooLong", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors, "input.invalid");
        }
        Coordinator before = h.coordinator();
        Coordinator next = new Coordinator(to.get().id(), to.get().name(), teamOf(worker, to.get()), Instant.now());
        Household stored = store(h.withCoordinator(next), version);
        record(worker, stored, CaseEvent.Type.HOUSEHOLD_COORDINATOR_HANDED_OVER,
                Map.of("fromName", before.name(), "toName", next.name(), "reason", why));
        if (!next.team().equals(before.team())) {
            review.teamChanged(stored, next.team());
        }
        return stored;
    }

    public Household addMember(Principal worker, String householdId, long version, NewMember input, Language language) {
        Household h = find(worker, householdId);
        Texts t = Texts.of(language);
        Map<String, String> errors = new LinkedHashMap<>();
        String bsn = input.bsn() == null ? "" : BsnCheck.normalise(input.bsn());
        Optional<Member> known = BsnCheck.isValid(bsn) ? registry.person(bsn) : Optional.empty();
        if (!BsnCheck.isValid(bsn)) {
            errors.put(BSN, t.get("household.error.bsn"));
        } else if (h.hasMember(bsn)) {
            errors.put(BSN, t.get("household.error.alreadyMember"));
        } else if (households.findByMember(bsn).isPresent()) {
            errors.put(BSN, t.get("household.error.otherHousehold"));
        }
        String name = blank(input.name()) ? known.map(Member::name).orElse("") : input.name().strip();
        if (name.isEmpty()) {
            errors.put(NAME, t.get("household.error.name"));
        }
        MemberRelation relation = relation(input.relation());
        if (relation == null) {
            errors.put(RELATION, t.get("household.error.relation"));
        }
        LocalDate born = known.map(Member::birthDate).orElse(null);
        if (!blank(input.birthDate())) {
            born = date(input.birthDate().strip());
            if (born == null) {
                errors.put(BIRTH_DATE, t.get("household.error.birthDate"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors, "input.invalid");
        }
        List<Member> members = new ArrayList<>(h.members());
        members.add(new Member(bsn, name, born, relation));
        Household stored = store(h.withMembers(members), version);
        record(worker, stored, CaseEvent.Type.HOUSEHOLD_MEMBER_ADDED, Map.of("name", name, "relation", relation.name()));
        return stored;
    }

    public Household changeRelation(Principal worker, String householdId, long version, String bsn, String relation,
            Language language) {
        Household h = find(worker, householdId);
        Member m = h.member(bsn).orElseThrow(() -> ProblemException.notFound("household.noMember"));
        MemberRelation to = relation(relation);
        if (to == null) {
            throw ProblemException.invalidInput(Map.of(RELATION, Texts.of(language).get("household.error.relation")),
                    "input.invalid");
        }
        List<Member> members = h.members().stream()
                .map(x -> x.bsn().equals(bsn) ? new Member(x.bsn(), x.name(), x.birthDate(), to) : x).toList();
        Household stored = store(h.withMembers(members), version);
        record(worker, stored, CaseEvent.Type.HOUSEHOLD_MEMBER_CHANGED,
                Map.of("name", m.name(), "from", m.relation().name(), "relation", to.name()));
        return stored;
    }

    public Household removeMember(Principal worker, String householdId, long version, String bsn) {
        Household h = find(worker, householdId);
        Member m = h.member(bsn).orElseThrow(() -> ProblemException.notFound("household.noMember"));
        if (h.members().size() == 1) {
            throw ProblemException.conflict("household.lastMember");
        }
        Household stored = store(h.withMembers(h.members().stream().filter(x -> !x.bsn().equals(bsn)).toList()), version);
        record(worker, stored, CaseEvent.Type.HOUSEHOLD_MEMBER_REMOVED, Map.of("name", m.name()));
        return stored;
    }

    /** The household, for a worker who works on it; not a view, so nothing is logged. */
    private Household find(Principal worker, String householdId) {
        worker.require(Principal.CASEWORKER);
        Optional<Household> h = HouseholdIds.looksValid(householdId) ? households.find(householdId) : Optional.empty();
        if (h.isEmpty() || !access.worksOn(worker, h.get())) {
            throw ProblemException.notFound("household.unknown", householdId);
        }
        return h.get();
    }

    /** Stores the change when nobody changed the household since {@code version}. */
    private Household store(Household changed, long version) {
        Household based = new Household(changed.householdId(), changed.members(), changed.coordinator(),
                changed.createdAt(), version);
        return households.update(based).orElseThrow(() -> ProblemException.conflict("household.changed"));
    }

    private void record(Principal worker, Household h, CaseEvent.Type type, Map<String, Object> data) {
        events.append(CaseEvent.of(h.householdId(), type, worker.subject(), worker.name(), false, data));
    }

    /** The team of the worker's first group: {@code wmo} for {@code wmo-consulenten}. */
    static String teamOf(Principal worker) {
        return worker.groups().stream().sorted().findFirst().map(HouseholdChanges::team).orElse("");
    }

    /** The team of the colleague: the first of the worker's groups the colleague is known in. */
    private String teamOf(Principal worker, StaffMember colleague) {
        return worker.groups().stream().sorted()
                .filter(g -> staff.member(g, colleague.id()).isPresent())
                .findFirst().map(HouseholdChanges::team).orElse(teamOf(worker));
    }

    private static String team(String group) {
        int dash = group.lastIndexOf('-');
        return dash <= 0 ? group : group.substring(0, dash);
    }

    private static MemberRelation relation(String value) {
        if (value == null) {
            return null;
        }
        for (MemberRelation r : MemberRelation.values()) {
            if (r.name().equalsIgnoreCase(value.strip())) {
                return r;
            }
        }
        return null;
    }

    /** A date as people write it (14-05-2012), or as the API sends it (2012-05-14); null when it is neither. */
    private static LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(DUTCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisWay) {
                // try the next way of writing it
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
