package nl.toegang.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person, taken from a verified token. Controllers declare it as a parameter;
 * without a signed-in person the request gets a 401 (API) or a redirect to the login (pages).
 *
 * @param subject the token's {@code sub}: a stable id for this person at the identity provider
 * @param bsn     only residents have one
 */
public record Principal(String subject, String name, Set<String> roles, Set<String> groups, Optional<String> bsn) {

    public static final String RESIDENT = "resident";
    public static final String CASEWORKER = "caseworker";
    public static final String ADMIN = "admin";

    public Principal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
        bsn = Objects.requireNonNullElse(bsn, Optional.empty());
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
