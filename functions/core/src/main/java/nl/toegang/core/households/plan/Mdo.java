package nl.toegang.core.households.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A multidisciplinary meeting (MDO) about a household: who takes part, when, what was agreed
 * and the outcome. Any worker who may see the household can call one.
 *
 * @param outcome null until the meeting is recorded
 */
public record Mdo(String mdoId, String householdId, LocalDate date, List<MdoParticipant> participants,
        List<MdoAgreement> agreements, String outcome, String calledBy, String calledByName, Instant calledAt,
        long version) {

    public Mdo {
        participants = List.copyOf(participants);
        agreements = List.copyOf(agreements);
    }

    public Optional<MdoAgreement> agreement(String agreementId) {
        return agreements.stream().filter(a -> a.agreementId().equals(agreementId)).findFirst();
    }
}
