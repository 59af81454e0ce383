package nl.toegang.core.cases;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who sent a case, which may be someone else than the person it is about
 * (docs/adr/0020-acting-for-someone-else.md). Only the fields of the sender's kind are set.
 *
 * @param subject   the sender's login subject
 * @param basis     a representative's basis: {@code mantelzorger-machtiging}, {@code bewindvoerder},
 *                  {@code mentor}, {@code curator} or {@code wettelijk-vertegenwoordiger}
 * @param reference what the basis rests on: the machtiging or the court decision (date and number)
 * @param channel   how the loket heard of it: {@code balie}, {@code telefoon}, {@code brief} or {@code e-mail}
 */
public record CaseSender(Kind kind, String subject, String name, String organisation, String agbCode,
        String organisationKind, String basis, String reference, String channel) {

    /** The kinds in the order of {@code toegang.intake.<form>.submitted-by}. */
    public enum Kind {
        SELF, REPRESENTATIVE, LOKET, REFERRER, SIGNALLER;

        /** As configuration writes it: {@code self}, {@code representative}, ... */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromConfig(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    public static final Set<String> CHANNELS = Set.of("balie", "telefoon", "brief", "e-mail");

    // Legal representatives decide or co-decide for the person (BW boek 1), so the municipality's
    // letters reach them too; a machtiging only lets someone act, the letter stays the person's own.
    private static final Set<String> BASES_WITH_COPIES = Set.of("bewindvoerder", "curator", "mentor",
            "wettelijk-vertegenwoordiger");

    public CaseSender {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
    }

    public static CaseSender self(String subject, String name) {
        return new CaseSender(Kind.SELF, subject, name, null, null, null, null, null, null);
    }

    public static CaseSender representative(String subject, String name, String basis, String reference) {
        return new CaseSender(Kind.REPRESENTATIVE, subject, name, null, null, null, basis, reference, null);
    }

    public static CaseSender loket(String subject, String name, String channel) {
        return new CaseSender(Kind.LOKET, subject, name, null, null, null, null, null, channel);
    }

    /** @param organisationKind what kind of referrer: {@code huisarts}, {@code medisch-specialist}, {@code jeugdarts}, ... */
    public static CaseSender referrer(String subject, String name, String organisation, String agbCode,
            String organisationKind) {
        return new CaseSender(Kind.REFERRER, subject, name, organisation, agbCode, organisationKind, null, null, null);
    }

    public static CaseSender signaller(String subject, String name, String organisation, String organisationKind) {
        return new CaseSender(Kind.SIGNALLER, subject, name, organisation, null, organisationKind, null, null, null);
    }

    /** Whether the letters of the case go, as a copy, to this sender as well as to the person helped. */
    public boolean receivesCopies() {
        return kind == Kind.REPRESENTATIVE && basis != null && BASES_WITH_COPIES.contains(basis);
    }
}
