package nl.toegang.resident;

import java.util.List;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.RequestParts;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.resident.RequestView;

/**
 * "Uw vraag": a request split over several laws seen as a whole, and on each part's page the way
 * back to it. The resident sees each part's team and status; the parts are their own cases.
 */
final class RequestPages {

    /** The law of the general front-door request (toegang.intake.hulpvraag). */
    static final String REQUEST_LAW = "hulpvraag";
    static final String QUESTION_FIELD = "omschrijving";

    private RequestPages() {}

    /** @return null for a case that is neither a request nor a part of one */
    static RequestView view(CaseRecord c, RequestParts parts, PageContext ctx) {
        if (c.partOf() != null) {
            return new RequestView(null, List.of(), c.partOf().requestId(), c.partOf().question(),
                    parts.teamName(c.partOf().part()));
        }
        if (!REQUEST_LAW.equals(c.law())) {
            return null;
        }
        var rows = parts.partsOf(c).stream()
                .map(p -> new RequestView.Part(p.caseId(), ctx.t("part." + p.partOf().part()), parts.teamName(p.partOf().part()),
                        ctx.t("status." + p.status().name())))
                .toList();
        Object question = c.values().get(QUESTION_FIELD);
        return new RequestView(question == null ? "" : question.toString(), rows, null, null, null);
    }
}
