package nl.toegang.pages.resident;

import java.util.List;

/**
 * A request split over several laws, as its resident sees it: the question in their own words and
 * each part with the team that works on it. On a part's own page, only the link back to the whole.
 *
 * @param question the resident's question, as they wrote it; null on a part's page
 * @param parts the parts, each with its team and status in words; empty until the request is split
 * @param partOf the case id of the whole request when this page is one part of it; else null
 * @param partQuestion the part's question in the words of the worker who split it; may be empty
 * @param team the name residents know the part's team by; null on the request's page
 */
public record RequestView(String question, List<Part> parts, String partOf, String partQuestion, String team) {

    /** One part: its case (linked), what it is about, the team's name and where it stands. */
    public record Part(String caseId, String subject, String team, String status) {}

    public boolean isPart() {
        return partOf != null;
    }
}
