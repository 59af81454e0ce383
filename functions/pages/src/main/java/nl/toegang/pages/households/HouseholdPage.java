package nl.toegang.pages.households;

import java.util.List;
import java.util.Map;
import nl.toegang.pages.caseworker.Choice;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.components.HistoryEntry;

/**
 * A household as a case worker sees it: members, the cases of all members, the coordinator, the
 * forms to change them, and the history. Every text is already in the reader's words.
 *
 * @param version the version the forms send back, so a change based on an old page is refused
 * @param coordinator the coordinator's name and team in words; null when nobody took it on
 * @param takeOnAction where "Ik word regisseur" posts to; null when the household has a coordinator
 * @param handOverAction where the hand-over posts to; null when the reader may not hand over
 * @param conflict the message that someone else changed the household first; null when not
 * @param saved the message that a change was saved; null when not
 * @param errors the refused fields of the last form, by field name
 * @param entered what was typed in the last refused form, by field name
 */
public record HouseholdPage(String householdId, long version, List<MemberRow> members, List<CaseLine> cases,
        String coordinator, String takeOnAction, String handOverAction, List<Choice> colleagues,
        String addAction, List<Choice> relations, List<HistoryEntry> history, List<Link> links, String conflict,
        String saved, ErrorSummary errorSummary, Map<String, String> errors, Map<String, String> entered) {

    /**
     * @param age "14 jaar", or "" when the birth date is unknown
     * @param relations the relations to choose from, this member's own selected
     */
    public record MemberRow(String bsn, String name, String relation, String age, String changeAction,
            String removeAction, List<Choice> relations) {}

    /** @param dueCss the modifier of the deadline text: late, soon, ok or none */
    public record CaseLine(String caseId, String href, String person, String law, String status, String deadline,
            String dueCss) {}

    public record Link(String href, String text) {}

    public String error(String field) {
        return errors.get(field);
    }

    public String entered(String field) {
        return entered.getOrDefault(field, "");
    }
}
