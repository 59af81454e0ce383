package nl.toegang.core.households;

/** What a member agrees to share (texts {@code household.consentScope.<NAME>}). */
public enum ConsentScope {
    /** The other members (and their representatives) may see the parts of the plan and the cases about this member. */
    HOUSEHOLD_MEMBERS,
    /** Professionals of other teams and organisations may discuss this member, e.g. in an MDO. */
    PROFESSIONALS
}
