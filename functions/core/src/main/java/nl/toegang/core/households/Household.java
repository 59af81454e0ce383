package nl.toegang.core.households;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The people who live together and get one plan (one household, one plan, one coordinator). A
 * case belongs to the household when the person it is about is a member: the link is the
 * member's BSN, so cases under every law join without a field on the case.
 *
 * @param coordinator the regisseur; null until someone takes on the household
 * @param version raised by every change, so two people changing it at once cannot overwrite each other
 */
public record Household(String householdId, List<Member> members, Coordinator coordinator, Instant createdAt,
        long version) {

    public Household {
        members = List.copyOf(members);
    }

    public Optional<Member> member(String bsn) {
        return members.stream().filter(m -> m.bsn().equals(bsn)).findFirst();
    }

    public boolean hasMember(String bsn) {
        return member(bsn).isPresent();
    }

    public Household withMembers(List<Member> changed) {
        return new Household(householdId, changed, coordinator, createdAt, version);
    }

    public Household withCoordinator(Coordinator changed) {
        return new Household(householdId, members, changed, createdAt, version);
    }
}
