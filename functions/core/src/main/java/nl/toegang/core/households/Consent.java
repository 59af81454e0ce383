package nl.toegang.core.households;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's recorded consent to share (toestemming), revocable on their own page.
 *
 * @param memberBsn the member whose information is shared
 * @param givenBy subject of who gave it: the member, or someone who acts for them
 * @param purpose what it is for, in the words of the person who gave it
 * @param until the last day it holds
 * @param revokedAt null while it holds
 */
public record Consent(String consentId, String householdId, String memberBsn, ConsentScope scope, String purpose,
        LocalDate until, String givenBy, String givenByName, Instant givenAt, Instant revokedAt) {

    public boolean holdsOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(until);
    }
}
