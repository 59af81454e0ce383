package nl.toegang.core.households;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person in a household.
 *
 * @param birthDate null when the source does not give it
 * @param relation how this person is related to the household's main person
 */
public record Member(String bsn, String name, LocalDate birthDate, MemberRelation relation) {

    public Member {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(relation, "relation");
        name = Objects.requireNonNullElse(name, "");
    }

    /** Whether the person is under 18 on that day; false when the birth date is unknown. */
    public boolean minorOn(LocalDate day) {
        return birthDate != null && birthDate.plusYears(18).isAfter(day);
    }
}
