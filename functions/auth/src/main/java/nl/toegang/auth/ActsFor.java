package nl.toegang.auth;

import java.util.Objects;

/**
 * One person the signed-in person may act for, as the identity provider vouches for it. In
 * production this comes from DigiD Machtigen (a machtiging) or the court registers (bewind,
 * curatele, mentorschap); locally from the persona's {@code acts_for} claim.
 *
 * @param basis     why they may act: {@code mantelzorger-machtiging}, {@code bewindvoerder},
 *                  {@code mentor}, {@code curator} or {@code wettelijk-vertegenwoordiger}
 * @param reference the machtiging's number or the court decision (date and number) the basis rests on
 */
public record ActsFor(String bsn, String name, String basis, String reference) {

    public ActsFor {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(basis, "basis");
        name = Objects.requireNonNullElse(name, "");
        reference = Objects.requireNonNullElse(reference, "");
    }
}
