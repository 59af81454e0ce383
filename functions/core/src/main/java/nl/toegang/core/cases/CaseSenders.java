package nl.toegang.core.cases;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.toegang.auth.ActsFor;
import nl.toegang.auth.Principal;
import nl.toegang.forms.BsnCheck;

/**
 * Who sends a form, and whom it is about, from the login and the answers. The login decides the
 * kind: a representative is a resident whose token says they act for the BSN the form names
 * (DigiD Machtigen, the court registers); nobody becomes a representative by typing it.
 */
final class CaseSenders {

    static final String LOKET_GROUP = "voordeur-medewerkers";

    private CaseSenders() {}

    /** The sender of a form sent by the person themselves (the resident pages and API). */
    static CaseSender of(Principal by, Map<String, Object> values) {
        if (by.hasRole(Principal.REFERRER)) {
            return CaseSender.referrer(by.subject(), by.name(), by.organisation().orElse(null), by.agbCode().orElse(null),
                    by.organisationKind().orElse(null));
        }
        if (by.hasRole(Principal.SIGNALLER)) {
            return CaseSender.signaller(by.subject(), by.name(), by.organisation().orElse(null),
                    by.organisationKind().orElse(null));
        }
        Optional<ActsFor> representation = formBsn(values).flatMap(by::actsFor);
        if (representation.isPresent()) {
            return CaseSender.representative(by.subject(), by.name(), representation.get().basis(),
                    representation.get().reference());
        }
        return CaseSender.self(by.subject(), by.name());
    }

    /** A loket worker registering a melding for a resident who came by, called or wrote. */
    static CaseSender loket(Principal worker, String channel) {
        return CaseSender.loket(worker.subject(), worker.name(), channel);
    }

    /**
     * The BSN the case is about: the one in the form, or the sender's own when the form asks for
     * none and they sent it for themselves.
     */
    static String clientBsn(Principal by, CaseSender sender, Map<String, Object> values) {
        Optional<String> inForm = formBsn(values);
        if (inForm.isPresent()) {
            return inForm.get();
        }
        return sender.kind() == CaseSender.Kind.SELF ? by.bsn().orElse(null) : null;
    }

    static String clientName(Principal by, CaseSender sender, Map<String, Object> values, String clientBsn) {
        String typed = Stream.of(values.get("voornaam"), values.get("achternaam"))
                .filter(String.class::isInstance).map(String.class::cast).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.joining(" "));
        if (!typed.isEmpty()) {
            return typed;
        }
        if (clientBsn == null) {
            return null;
        }
        return by.actsFor(clientBsn).map(ActsFor::name)
                .orElse(sender.kind() == CaseSender.Kind.SELF && by.bsn().filter(clientBsn::equals).isPresent()
                        ? by.name() : null);
    }

    private static Optional<String> formBsn(Map<String, Object> values) {
        return Optional.ofNullable(values.get(OwnBsnRule.FIELD)).filter(String.class::isInstance).map(String.class::cast)
                .map(BsnCheck::normalise).filter(b -> !b.isEmpty());
    }
}
