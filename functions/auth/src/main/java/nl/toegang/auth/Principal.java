package nl.toegang.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person, taken from a verified token. Controllers declare it as a parameter;
 * without a signed-in person the request gets a 401 (API) or a redirect to the login (pages).
 *
 * @param subject the token's {@code sub}: a stable id for this person at the identity provider
 * @param bsn     only residents have one
 * @param actsFor the people this resident may act for (claim {@code acts_for}); empty for most
 * @param organisation the organisation a referrer or signaller works for (claim {@code organisation})
 * @param agbCode a referrer's AGB code (claim {@code agb})
 * @param organisationKind what kind of organisation a signaller's is (claim {@code organisation_kind}),
 *                         e.g. {@code woningcorporatie}
 */
public record Principal(String subject, String name, Set<String> roles, Set<String> groups, Optional<String> bsn,
        List<ActsFor> actsFor, Optional<String> organisation, Optional<String> agbCode, Optional<String> organisationKind) {

    public static final String RESIDENT = "resident";
    public static final String CASEWORKER = "caseworker";
    public static final String ADMIN = "admin";
    /** A professional who may refer by law (huisarts, medisch specialist, jeugdarts, GI). */
    public static final String REFERRER = "referrer";
    /** An organisation that reports a worry about someone (housing corporation, energy supplier, school, police). */
    public static final String SIGNALLER = "signaller";

    public Principal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
        bsn = Objects.requireNonNullElse(bsn, Optional.empty());
        actsFor = actsFor == null ? List.of() : List.copyOf(actsFor);
        organisation = Objects.requireNonNullElse(organisation, Optional.empty());
        agbCode = Objects.requireNonNullElse(agbCode, Optional.empty());
        organisationKind = Objects.requireNonNullElse(organisationKind, Optional.empty());
    }

    /** The representation for this BSN, if this person may act for its holder. */
    public Optional<ActsFor> actsFor(String otherBsn) {
        return otherBsn == null ? Optional.empty() : actsFor.stream().filter(a -> a.bsn().equals(otherBsn)).findFirst();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    /** Returns this principal, or throws {@link ForbiddenException} when the role is missing. */
    public Principal require(String role) {
        if (!hasRole(role)) {
            throw new ForbiddenException("role " + role + " required");
        }
        return this;
    }
}
