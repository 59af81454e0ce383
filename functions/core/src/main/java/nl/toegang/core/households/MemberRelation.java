package nl.toegang.core.households;

/** How a member is related to the household's main person (texts {@code household.relation.<NAME>}). */
public enum MemberRelation {
    /** The person the household was started from. */
    MAIN_PERSON,
    PARTNER,
    CHILD,
    PARENT,
    OTHER
}
