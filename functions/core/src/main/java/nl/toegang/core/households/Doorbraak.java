package nl.toegang.core.households;

import java.time.Instant;

/**
 * A case worker's request to break through a rule for a household (doorbraak, PN-04), justified
 * with the waardendriehoek, and the doorbraakfunctionaris's decision on it.
 *
 * @param caseId the case the blocking rule concerns
 * @param lawIntends what the law or rule means to achieve (waardendriehoek: the law's intention)
 * @param residentNeeds what the resident needs (waardendriehoek: the resident's perspective)
 * @param professionalJudgement what the professional thinks is right (waardendriehoek: the professional)
 * @param budgetCents the maatwerkbudget asked for, in euro cents; null when none
 * @param team the asking worker's team, kept for the council's figures (no names there)
 * @param grantedCents the budget granted, possibly changed; null when none or refused
 * @param decisionReason why granted or refused, in the decider's words
 */
public record Doorbraak(String doorbraakId, String householdId, String caseId, String rule, String lawIntends,
        String residentNeeds, String professionalJudgement, String proposal, Long budgetCents, String budgetPurpose,
        String requestedBy, String requestedByName, String team, Instant requestedAt, Outcome outcome,
        String decidedBy, String decidedByName, Instant decidedAt, Long grantedCents, String grantedPurpose,
        String decisionReason) {

    public enum Outcome { REQUESTED, GRANTED, REFUSED }

    public Doorbraak decided(Outcome outcome, String by, String byName, Instant at, Long cents, String purpose,
            String reason) {
        return new Doorbraak(doorbraakId, householdId, caseId, rule, lawIntends, residentNeeds, professionalJudgement,
                proposal, budgetCents, budgetPurpose, requestedBy, requestedByName, team, requestedAt, outcome, by, byName,
                at, cents, purpose, reason);
    }
}
