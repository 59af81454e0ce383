package nl.toegang.core.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case's clock as it is kept: the pure {@link CaseClock}, which law and step its term belongs to,
 * what the pure clock does not need (who asked, what the resident answered), and a version, so two
 * workers changing it at once cannot both win.
 *
 * @param step the step of the route the term belongs to, e.g. {@code beschikking}
 * @param requests the people's side of each suspension, by the suspension's id
 * @param version 1 for a new clock, one more on every change
 */
public record StoredClock(String caseId, String law, String step, CaseClock clock, List<InformationRequest> requests,
        long version) {

    public StoredClock {
        requests = List.copyOf(requests);
    }

    /**
     * @param id the id of the {@link CaseClock.Suspension} it stopped the clock with
     * @param askedBy the case worker's subject; {@code askedByName} as the history shows them
     * @param answer the resident's text answer; null while it is awaited
     */
    public record InformationRequest(String id, String askedBy, String askedByName, String answer) {}

    public Optional<InformationRequest> request(String id) {
        return requests.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    StoredClock changed(CaseClock newClock) {
        return new StoredClock(caseId, law, step, newClock, requests, version + 1);
    }

    StoredClock asked(CaseClock newClock, InformationRequest request) {
        List<InformationRequest> all = new ArrayList<>(requests);
        all.add(request);
        return new StoredClock(caseId, law, step, newClock, all, version + 1);
    }

    StoredClock answered(CaseClock newClock, String requestId, String answer) {
        List<InformationRequest> all = requests.stream()
                .map(r -> r.id().equals(requestId) ? new InformationRequest(r.id(), r.askedBy(), r.askedByName(), answer) : r)
                .toList();
        return new StoredClock(caseId, law, step, newClock, all, version + 1);
    }
}
