package nl.toegang.core.households;

import java.time.Instant;

/**
 * A case worker shares without consent because someone's safety is at stake. It is
 * logged, a team lead sees it, and the member can see it later unless that would endanger them.
 *
 * @param hiddenFromMember true when telling the member would put someone in danger
 */
public record SafetyOverride(String overrideId, String householdId, String memberBsn, ConsentScope scope,
        String reason, boolean hiddenFromMember, String by, String byName, Instant at) {}
