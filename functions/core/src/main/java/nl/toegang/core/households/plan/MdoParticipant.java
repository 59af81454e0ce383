package nl.toegang.core.households.plan;

/**
 * Someone at the MDO.
 *
 * @param role what they are there as, in the caller's words (consulent Wmo, huisarts, moeder ...)
 * @param organisation their team or organisation; empty for family members
 * @param memberBsn the household member this is; null for professionals and the network
 */
public record MdoParticipant(String name, String role, String organisation, String memberBsn) {}
