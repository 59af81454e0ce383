package nl.toegang.core.households.plan;

/**
 * Who does an action (AL-18 "acties voor alle betrokkenen").
 *
 * @param name the member's, the network person's, the professional's or the provider's name
 * @param memberBsn the member, when {@code kind} is MEMBER
 * @param team the professional's team or organisation, when {@code kind} is PROFESSIONAL
 */
public record ActionDoer(DoerKind kind, String name, String memberBsn, String team) {

    /** Texts {@code plan.doer.<NAME>}. */
    public enum DoerKind {
        MEMBER,
        NETWORK,
        PROFESSIONAL,
        PROVIDER
    }
}
