package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.toegang.auth.Principal;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.web.ProblemException;

/**
 * Who may see a case: the resident who sent it for themselves or as a representative, the person
 * it is about (also when the loket or a representative sent it), whoever acts for that person, and
 * case workers of a team that has (or had) a task on it. A referrer or signaller never sees the
 * case they raised, and a form can hide its cases from its senders ({@code shown-to}, the signal
 * form). Anyone else gets the same answer as for a case that does not exist.
 */
@Singleton
public class CaseAccess {

    public static final String RESIDENT_ROLE = "resident";

    private final CaseRepository cases;
    private final TaskRepository tasks;
    private final CaseEventRepository events;

    private final ProcessStarter starter;

    public CaseAccess(CaseRepository cases, TaskRepository tasks, CaseEventRepository events, ProcessStarter starter) {
        this.cases = cases;
        this.tasks = tasks;
        this.events = events;
        this.starter = starter;
    }

    /** How a resident is related to a case they may see; the first that applies. */
    public enum Relation {
        /** They sent it for themselves. */
        OWN,
        /** It is about them; someone else (a representative, the loket) sent it. */
        ABOUT_ME,
        /** They act for the person it is about. */
        REPRESENTATIVE
    }

    /** A case a resident may see, from their case list or page. */
    public CaseRecord ownCase(Principal resident, String caseId) {
        resident.require(RESIDENT_ROLE);
        CaseRecord c = find(caseId);
        if (relation(resident, c).isEmpty()) {
            throw notFound(caseId);
        }
        return c;
    }

    /**
     * How the resident may see the case, if at all. The sender sees their own case only when they
     * sent it as a resident (for themselves or as a representative) and the form shows cases to
     * senders; the person helped and their representatives see it when the form shows it to clients.
     */
    public Optional<Relation> relation(Principal resident, CaseRecord c) {
        if (!resident.hasRole(RESIDENT_ROLE)) {
            return Optional.empty();
        }
        IntakeForm form = starter.intake(c.formId());
        boolean toSender = form == null || form.shownToSender();
        boolean toClient = form == null || form.shownToClient();
        CaseSender.Kind kind = c.sender().kind();
        boolean residentSent = kind == CaseSender.Kind.SELF || kind == CaseSender.Kind.REPRESENTATIVE;
        if (toClient && resident.bsn().filter(c::about).isPresent()) {
            return Optional.of(c.ownedBy(resident.subject()) ? Relation.OWN : Relation.ABOUT_ME);
        }
        if (toClient && c.clientBsn() != null && resident.actsFor(c.clientBsn()).isPresent()) {
            return Optional.of(Relation.REPRESENTATIVE);
        }
        if (toSender && residentSent && c.ownedBy(resident.subject())) {
            return Optional.of(kind == CaseSender.Kind.REPRESENTATIVE ? Relation.REPRESENTATIVE : Relation.OWN);
        }
        return Optional.empty();
    }

    /**
     * Every case the resident may see, newest first: those they sent, those about their own BSN,
     * and those about the people they act for.
     */
    public List<CaseRecord> residentCases(Principal resident) {
        resident.require(RESIDENT_ROLE);
        Map<String, CaseRecord> found = new LinkedHashMap<>();
        Stream.concat(Stream.concat(
                        cases.listByOwner(resident.subject()).stream(),
                        resident.bsn().stream().flatMap(bsn -> cases.listByClient(bsn).stream())),
                        resident.actsFor().stream().flatMap(a -> cases.listByClient(a.bsn()).stream()))
                .filter(c -> relation(resident, c).isPresent())
                .forEach(c -> found.putIfAbsent(c.caseId(), c));
        return found.values().stream().sorted(Comparator.comparing(CaseRecord::createdAt).reversed()).toList();
    }

    /** The case for a case worker; the view is logged in the case history. */
    public CaseRecord caseForWorker(Principal worker, String caseId) {
        return caseForWorker(worker, caseId, Map.of());
    }

    /** The same, with what was viewed in the history line, e.g. the name of a document opened. */
    public CaseRecord caseForWorker(Principal worker, String caseId, Map<String, Object> what) {
        CaseRecord c = caseForWorkerUnlogged(worker, caseId);
        viewed(worker, caseId, what);
        return c;
    }

    /** The same check as {@link #caseForWorker}; the caller logs what was looked at with {@link #viewed}. */
    public CaseRecord caseForWorkerUnlogged(Principal worker, String caseId) {
        worker.require("caseworker");
        CaseRecord c = find(caseId);
        boolean teamWorksOnIt = worksOn(worker, caseId)
                // Whoever handles an objection reads the file of the decision objected to.
                || events.list(caseId).stream().filter(e -> e.type() == CaseEvent.Type.OBJECTION_MADE)
                        .anyMatch(e -> worksOn(worker, e.text("objectionId")));
        if (!teamWorksOnIt) {
            throw notFound(caseId);
        }
        return c;
    }

    /**
     * A line in the case history, never shown to the resident: who looked at the case, and at what
     * when it was one part of it ({@code letter}: the template of a letter downloaded as PDF).
     */
    public void viewed(Principal who, String caseId, Map<String, Object> what) {
        events.append(CaseEvent.of(caseId, CaseEvent.Type.VIEWED, who.subject(), who.name(), false, what));
    }

    private boolean worksOn(Principal worker, String caseId) {
        return tasks.forCase(caseId).stream()
                .anyMatch(t -> worker.inGroup(t.candidateGroup()) || worker.subject().equals(t.assignee()));
    }

    private CaseRecord find(String caseId) {
        if (!CaseIds.looksValid(caseId)) {
            throw notFound(caseId);
        }
        return cases.find(caseId).orElseThrow(() -> notFound(caseId));
    }

    private static ProblemException notFound(String caseId) {
        return ProblemException.notFound("case.unknown", caseId);
    }
}
