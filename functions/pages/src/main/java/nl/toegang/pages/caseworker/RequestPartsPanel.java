package nl.toegang.pages.caseworker;

import java.util.List;

/**
 * In a dossier of a split request or one of its parts: the request it belongs to, the other parts'
 * team and status (never their content), and "Deelvraag toevoegen" for a part for another law.
 *
 * @param requestId the reference of the whole request
 * @param parts every part, this dossier's own marked
 * @param action where "Deelvraag toevoegen" posts to; null when no part can be added (closed, or all there)
 * @param choices the parts that can still be added
 * @param question what was typed, shown again after a refusal
 * @param error why the addition was refused, in words; null when it was not
 */
public record RequestPartsPanel(String requestId, List<Line> parts, String action, List<Choice> choices, String question,
        String error) {

    /** @param own whether this is the dossier being read */
    public record Line(String caseId, String subject, String team, String status, boolean own) {}
}
