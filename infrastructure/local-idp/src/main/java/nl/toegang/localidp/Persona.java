package nl.toegang.localidp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A made-up person who can sign in at the local identity provider.
 *
 * @param id       the token subject, e.g. {@code jan}
 * @param bsn      only residents have one
 * @param aboutNl  one line on the sign-in page that says who this is (Dutch)
 * @param aboutEn  the same line in English
 */
public record Persona(
        String id,
        String name,
        PersonaCategory category,
        List<String> roles,
        List<String> groups,
        Optional<String> bsn,
        String aboutNl,
        String aboutEn) {

    public Persona {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        roles = List.copyOf(roles);
        groups = List.copyOf(groups);
        bsn = Objects.requireNonNullElse(bsn, Optional.empty());
        aboutNl = Objects.requireNonNullElse(aboutNl, "");
        aboutEn = Objects.requireNonNullElse(aboutEn, "");
    }
}
