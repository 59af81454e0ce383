package nl.toegang.core.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.toegang.core.CoreTestEnvironment;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import org.junit.jupiter.api.Test;

/** What one member sees of another, with consents stored in DynamoDB Local. */
class HouseholdPrivacyTest {

    final ConsentRepository consents = CoreTestEnvironment.bean(ConsentRepository.class);
    final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    final HouseholdPrivacy privacy = new HouseholdPrivacy(consents, Clock.fixed(now, ZoneOffset.UTC));
    final Member anna = new Member("900000011", "Anna", null, MemberRelation.MAIN_PERSON);
    final Member bert = new Member("900000022", "Bert", null, MemberRelation.PARTNER);
    final Household household = new Household(HouseholdIds.next(), List.of(anna, bert), null, now, 1);
    final ResidentHousehold annaSees = new ResidentHousehold(household, Set.of(anna.bsn()));

    @Test
    void aMemberSeesWhatConcernsThemOrEveryoneButNotAnotherMembersPart() {
        assertThat(privacy.mayShow(annaSees, Set.of(anna.bsn()))).isTrue();
        assertThat(privacy.mayShow(annaSees, Set.of())).isTrue();
        assertThat(privacy.mayShow(annaSees, Set.of(bert.bsn()))).isFalse();
    }

    @Test
    void consentOpensAMembersPartUntilItIsRevokedOrEnds() {
        String id = ConsentRepository.newId();
        consents.record(new Consent(id, household.householdId(), bert.bsn(), ConsentScope.HOUSEHOLD_MEMBERS,
                "Anna mag mijn schuldhulp zien", LocalDate.of(2027, 6, 1), "bert", "Bert", now, null));

        assertThat(privacy.mayShow(annaSees, Set.of(bert.bsn()))).isTrue();
        assertThat(privacy.mayShareWithProfessionals(household, bert.bsn())).isFalse();
        HouseholdPrivacy afterItEnds = new HouseholdPrivacy(consents,
                Clock.fixed(Instant.parse("2027-06-02T10:00:00Z"), ZoneOffset.UTC));
        assertThat(afterItEnds.mayShow(annaSees, Set.of(bert.bsn()))).isFalse();

        assertThat(consents.revoke(household.householdId(), id, now.plusSeconds(60))).isTrue();
        assertThat(consents.revoke(household.householdId(), id, now.plusSeconds(61))).isFalse();
        assertThat(privacy.mayShow(annaSees, Set.of(bert.bsn()))).isFalse();
    }

    @Test
    void aSafetyOverrideLetsProfessionalsShareWithoutConsentButNotOtherMembers() {
        consents.record(new SafetyOverride(ConsentRepository.newId(), household.householdId(), bert.bsn(),
                ConsentScope.PROFESSIONALS, "Zorgen om de veiligheid van de kinderen", false, "sanne", "Sanne", now));

        assertThat(privacy.mayShareWithProfessionals(household, bert.bsn())).isTrue();
        assertThat(privacy.mayShareWithProfessionals(household, anna.bsn())).isFalse();
        assertThat(privacy.mayShow(annaSees, Set.of(bert.bsn()))).isFalse();
        assertThat(consents.overrides(household.householdId())).extracting(SafetyOverride::reason)
                .containsExactly("Zorgen om de veiligheid van de kinderen");
    }
}
