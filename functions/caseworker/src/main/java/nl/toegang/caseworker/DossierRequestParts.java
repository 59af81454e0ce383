package nl.toegang.caseworker;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.cases.PartSettings;
import nl.toegang.core.cases.RequestParts;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.caseworker.RequestPartsPanel;

/**
 * The request a dossier belongs to, and "Deelvraag toevoegen": a worker of any route adds a part
 * for another law to the request (routing between front doors). The part starts through the same
 * code as the front door's split, so adding it twice makes one part.
 */
@Singleton
public class DossierRequestParts {

    static final String PART_FIELD = "deel";
    static final String QUESTION_FIELD = "vraag";
    static final int MAX_QUESTION = 2000;
    /** The law of the general front-door request (toegang.intake.hulpvraag). */
    static final String REQUEST_LAW = "hulpvraag";

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final RequestParts parts;

    public DossierRequestParts(CaseRepository cases, CaseEventRepository events, RequestParts parts) {
        this.cases = cases;
        this.events = events;
        this.parts = parts;
    }

    /** @return the key of the text saying why the part was refused; empty when it was added */
    public Optional<String> add(Principal worker, CaseRecord c, String part, String question) {
        CaseRecord request = requestOf(c).orElseThrow(() -> new IllegalStateException("no request"));
        if (part != null && parts.partsOf(request).stream().anyMatch(p -> part.equals(p.partOf().part()))) {
            return Optional.empty(); // added already, e.g. the button pressed twice: the first question stays
        }
        if (!canAdd(c, request) || part == null || !choosable(request).contains(part)) {
            return Optional.of("dossier.request.errorPart");
        }
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            return Optional.of("dossier.request.errorQuestion");
        }
        if (text.length() > MAX_QUESTION) {
            return Optional.of("dossier.request.errorTooLong");
        }
        CaseRecord started = parts.start(request, part, text, worker.subject(), worker.name());
        if (!c.caseId().equals(request.caseId())) {
            events.appendOnce(CaseEvent.of(c.caseId(), CaseEvent.Type.PART_ADDED, worker.subject(), worker.name(), false,
                    Map.of("part", part, "partCaseId", started.caseId())), "part-added-" + part);
        }
        return Optional.empty();
    }

    public boolean belongsToARequest(CaseRecord c) {
        return requestOf(c).isPresent();
    }

    /** @return null for a case that is neither a split request nor a part of one */
    RequestPartsPanel panel(PageContext ctx, CaseRecord c, String chosen, String question, String errorKey) {
        Optional<CaseRecord> found = requestOf(c);
        if (found.isEmpty()) {
            return null;
        }
        CaseRecord request = found.get();
        List<RequestPartsPanel.Line> lines = parts.partsOf(request).stream()
                .map(p -> new RequestPartsPanel.Line(p.caseId(), ctx.t("part." + p.partOf().part()),
                        parts.teamName(p.partOf().part()), CaseFileViews.status(ctx, p.status().name()),
                        p.caseId().equals(c.caseId())))
                .toList();
        List<Choice> choices = new ArrayList<>();
        for (String part : choosable(request)) {
            choices.add(new Choice(part, ctx.t("dossier.request.choice", ctx.t("part." + part), parts.teamName(part)),
                    part.equals(chosen)));
        }
        boolean open = canAdd(c, request) && !choices.isEmpty();
        return new RequestPartsPanel(request.caseId(), lines, open ? "/werk/zaken/" + c.caseId() + "/deelvragen" : null,
                choices, question == null ? "" : question, errorKey == null ? null : ctx.t(errorKey, MAX_QUESTION));
    }

    private Optional<CaseRecord> requestOf(CaseRecord c) {
        if (c.partOf() != null) {
            return cases.find(c.partOf().requestId());
        }
        return REQUEST_LAW.equals(c.law()) ? Optional.of(c) : Optional.empty();
    }

    /** A part is added to a request the front door has split, from a dossier that is still open. */
    private static boolean canAdd(CaseRecord c, CaseRecord request) {
        return !c.status().isFinal() && request.status() == CaseStatus.SPLIT;
    }

    private List<String> choosable(CaseRecord request) {
        Set<String> present = parts.partsOf(request).stream().map(p -> p.partOf().part()).collect(Collectors.toSet());
        return parts.all().stream().map(PartSettings::getPart).filter(p -> !present.contains(p)).toList();
    }
}
