package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a request over laws: each part becomes a case of its own, for its own team and route, with
 * the same person and answers as the request. The part's case id is derived from the request and
 * the part, so starting the same part twice (a job delivered again, two workers at once) makes
 * one case and starts one process.
 */
@Singleton
public class RequestParts {

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final ProcessStarter starter;
    private final Map<String, PartSettings> parts = new LinkedHashMap<>();
    private final Map<String, TeamSettings> teams = new LinkedHashMap<>();

    public RequestParts(CaseRepository cases, CaseEventRepository events, ProcessStarter starter, List<PartSettings> parts,
            List<TeamSettings> teams) {
        this.cases = cases;
        this.events = events;
        this.starter = starter;
        parts.forEach(p -> this.parts.put(p.getPart(), p));
        teams.forEach(t -> this.teams.put(t.getTeam(), t));
    }

    public Optional<PartSettings> part(String part) {
        return Optional.ofNullable(parts.get(part));
    }

    /** Every configured part, in configuration order. */
    public List<PartSettings> all() {
        return List.copyOf(parts.values());
    }

    /** The name residents see for the team of a part; the part's own key when nothing is configured. */
    public String teamName(String part) {
        PartSettings settings = parts.get(part);
        if (settings == null || settings.getTeam() == null) {
            return part;
        }
        TeamSettings team = teams.get(settings.getTeam());
        return team == null ? settings.getTeam() : team.getName();
    }

    /**
     * Creates the part's case if it does not exist yet and asks the engine to start its route. An
     * unreachable engine leaves the case pending; the sweeper starts it later.
     *
     * @param actor subject of who split the request, or {@link CaseEvent#SYSTEM}
     * @throws IllegalArgumentException when the part is not configured
     */
    public CaseRecord start(CaseRecord request, String part, String question, String actor, String actorName) {
        PartSettings settings = part(part).orElseThrow(() -> new IllegalArgumentException(
                "Part '" + part + "' is not configured. Known parts: " + parts.keySet()
                        + ". Add it under toegang.parts in the configuration."));
        String caseId = CaseIds.derive(settings.getReferencePrefix(), request.ownerId(), request.caseId(), part);
        CaseRecord fresh = new CaseRecord(caseId, request.ownerId(), request.ownerName(), request.formId(),
                request.formVersion(), settings.getLaw(), request.values(), CaseStatus.RECEIVED,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), false,
                new CaseRecord.Part(request.caseId(), part, question == null ? "" : question.strip()),
                request.clientBsn(), request.clientName(), request.sender());
        CaseRecord stored = cases.createIfAbsent(fresh).caseRecord();
        // The resident sent the question; the part is that question's share for this law.
        events.appendOnce(CaseEvent.of(caseId, CaseEvent.Type.SUBMITTED, request.ownerId(), request.ownerName(), true,
                Map.of("formId", request.formId(), "formVersion", request.formVersion(), "partOf", request.caseId())),
                "part-of-request");
        events.appendOnce(CaseEvent.of(request.caseId(), CaseEvent.Type.PART_ADDED, actor, actorName, true,
                Map.of("part", part, "partCaseId", caseId)), "part-" + part);
        if (!stored.processStarted()) {
            starter.tryStart(stored);
        }
        return cases.find(caseId).orElse(stored);
    }

    /** The parts of a request, oldest first; they share the request's owner, so no index is needed. */
    public List<CaseRecord> partsOf(CaseRecord request) {
        return cases.listByOwner(request.ownerId()).stream()
                .filter(c -> c.partOf() != null && request.caseId().equals(c.partOf().requestId()))
                .sorted(Comparator.comparing(CaseRecord::createdAt).thenComparing(CaseRecord::caseId))
                .toList();
    }
}
