package nl.toegang.caseworker.households;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdIds;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.MemberRelation;
import nl.toegang.core.households.PersonRegistry;
import nl.toegang.core.web.ProblemException;

/**
 * "Huishouden starten" from a case file: the household of the person the case is about, with the
 * people the registry says live with them. A person is in one household at most, so when two
 * workers start it at the same moment the repository lets one through and the other gets that one.
 */
@Singleton
public class HouseholdStart {

    /** How often a start that lost a race looks again before it gives up. */
    private static final int ATTEMPTS = 3;

    private final CaseAccess caseAccess;
    private final HouseholdRepository households;
    private final PersonRegistry registry;
    private final CaseEventRepository events;

    public HouseholdStart(CaseAccess caseAccess, HouseholdRepository households, PersonRegistry registry,
            CaseEventRepository events) {
        this.caseAccess = caseAccess;
        this.households = households;
        this.registry = registry;
        this.events = events;
    }

    /** @param created false when the person was in a household already (perhaps started a moment ago) */
    public record Started(Household household, boolean created) {}

    /** The household of the case's person, if there is one; for the link on the case file. */
    public Optional<Household> existing(CaseRecord c) {
        return c.clientBsn() == null ? Optional.empty() : households.findByMember(c.clientBsn());
    }

    public Started start(Principal worker, String caseId) {
        CaseRecord c = caseAccess.caseForWorker(worker, caseId);
        if (c.clientBsn() == null) {
            throw ProblemException.conflict("household.noPerson", caseId);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Household> there = households.findByMember(c.clientBsn());
            if (there.isPresent()) {
                return new Started(there.get(), false);
            }
            Household fresh = new Household(HouseholdIds.next(), members(c), null, Instant.now(), 0);
            Optional<Household> created = households.create(fresh);
            if (created.isPresent()) {
                events.append(CaseEvent.of(fresh.householdId(), CaseEvent.Type.HOUSEHOLD_STARTED, worker.subject(),
                        worker.name(), false, Map.of("caseId", caseId, "members", fresh.members().size())));
                return new Started(created.get(), true);
            }
        }
        return households.findByMember(c.clientBsn()).map(h -> new Started(h, false))
                .orElseThrow(() -> ProblemException.conflict("household.changed"));
    }

    /**
     * The registry's people at the address, leaving out anyone already in another household (they
     * must leave it first); just the case's person when the registry knows nobody.
     */
    private List<Member> members(CaseRecord c) {
        List<Member> found = registry.householdOf(c.clientBsn());
        if (found.isEmpty()) {
            return List.of(new Member(c.clientBsn(), c.clientName(), birthDate(c), MemberRelation.MAIN_PERSON));
        }
        List<Member> members = new ArrayList<>();
        for (Member m : found) {
            if (m.bsn().equals(c.clientBsn()) || households.findByMember(m.bsn()).isEmpty()) {
                members.add(m);
            }
        }
        return members;
    }

    /** The birth date the form gave, when it is the person's own form. */
    private static LocalDate birthDate(CaseRecord c) {
        Object given = c.values().get("geboortedatum");
        try {
            return given == null ? null : LocalDate.parse(given.toString());
        } catch (RuntimeException notADate) {
            return null;
        }
    }
}
