package nl.toegang.core.cases;

import java.util.Map;
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.forms.BsnCheck;

/**
 * A melding "for myself" ({@code namens = zelf}) is about the resident who is logged in, so its
 * BSN must be the one their login carries, or the BSN of someone they act for (a representative
 * who chose that person under "Voor wie?"). A melding for someone else has that person's BSN.
 */
final class OwnBsnRule {

    static final String FIELD = "bsn";

    private OwnBsnRule() {}

    /** True when the answers say "for myself" but name another BSN than the login's. */
    static boolean isBroken(Principal by, Map<String, Object> values) {
        Optional<String> own = by.bsn().map(BsnCheck::normalise).filter(bsn -> !bsn.isEmpty());
        return own.isPresent()
                && "zelf".equals(values.get("namens"))
                && values.get(FIELD) instanceof String bsn
                && !BsnCheck.normalise(bsn).equals(own.get())
                && by.actsFor(BsnCheck.normalise(bsn)).isEmpty();
    }
}
