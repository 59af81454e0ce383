package nl.toegang.core.households;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import nl.toegang.core.web.Dates;

/**
 * What one member may see of another inside a household (AL-20), and what professionals may
 * share: a part of the plan or a case that concerns other members is shown only when each of them
 * consents to share it with the household; professionals of other teams discuss a member only
 * with consent or when a case worker recorded that safety is at stake.
 */
@Singleton
public class HouseholdPrivacy {

    private final ConsentRepository consents;
    private final Clock clock;

    @Inject
    public HouseholdPrivacy(ConsentRepository consents) {
        this(consents, Clock.system(Dates.AMSTERDAM));
    }

    HouseholdPrivacy(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    /**
     * Whether a resident may see something that concerns these members. Something that concerns
     * nobody in particular concerns the whole household and is shown to every member.
     */
    public boolean mayShow(ResidentHousehold viewer, Set<String> concerns) {
        if (concerns.isEmpty() || concerns.stream().anyMatch(viewer::speaksFor)) {
            return true;
        }
        List<Consent> given = consents.consents(viewer.household().householdId());
        return concerns.stream().allMatch(bsn -> holds(given, bsn, ConsentScope.HOUSEHOLD_MEMBERS));
    }

    /** Whether professionals of other teams may discuss the member: consent, or a recorded safety override. */
    public boolean mayShareWithProfessionals(Household household, String memberBsn) {
        if (holds(consents.consents(household.householdId()), memberBsn, ConsentScope.PROFESSIONALS)) {
            return true;
        }
        return consents.overrides(household.householdId()).stream()
                .anyMatch(o -> o.memberBsn().equals(memberBsn) && o.scope() == ConsentScope.PROFESSIONALS);
    }

    private boolean holds(List<Consent> given, String bsn, ConsentScope scope) {
        LocalDate today = LocalDate.now(clock);
        return given.stream().anyMatch(c -> c.memberBsn().equals(bsn) && c.scope() == scope && c.holdsOn(today));
    }
}
