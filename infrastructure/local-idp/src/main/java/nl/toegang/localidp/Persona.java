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
 * @param actsFor  the people this persona may act for (the token's {@code acts_for} claim)
 * @param organisation a referrer's or signaller's organisation (claim {@code organisation})
 * @param agb      a referrer's AGB code (claim {@code agb})
 * @param organisationKind a signaller's kind of organisation (claim {@code organisation_kind})
 */
public record Persona(
        String id,
        String name,
        PersonaCategory category,
        List<String> roles,
        List<String> groups,
        Optional<String> bsn,
        String aboutNl,
        String aboutEn,
        List<ActsFor> actsFor,
        Optional<String> organisation,
        Optional<String> agb,
        Optional<String> organisationKind) {

    /** One person this persona may act for, and why (a machtiging or a court decision). */
    public record ActsFor(String bsn, String name, String basis, String reference) {}

    public Persona {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        roles = List.copyOf(roles);
        groups = List.copyOf(groups);
        bsn = Objects.requireNonNullElse(bsn, Optional.empty());
        aboutNl = Objects.requireNonNullElse(aboutNl, "");
        aboutEn = Objects.requireNonNullElse(aboutEn, "");
        actsFor = actsFor == null ? List.of() : List.copyOf(actsFor);
        organisation = Objects.requireNonNullElse(organisation, Optional.empty());
        agb = Objects.requireNonNullElse(agb, Optional.empty());
        organisationKind = Objects.requireNonNullElse(organisationKind, Optional.empty());
    }
}
