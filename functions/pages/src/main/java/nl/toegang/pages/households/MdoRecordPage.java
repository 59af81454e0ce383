package nl.toegang.pages.households;

import java.util.List;
import java.util.Map;
import nl.toegang.pages.components.ErrorSummary;

/**
 * Recording an MDO's outcome afterwards: who was there, what was agreed, the outcome. The fields
 * hold what is stored, or what the worker typed when the page comes back with a message.
 *
 * @param title the meeting in words ("MDO op 3 december 2026")
 * @param date the date for the date field (the browser shows it in the reader's words)
 * @param becameActions agreements that are plan actions already; they stay, whatever the field says
 * @param conflict why nothing was saved when someone else changed the MDO first; null otherwise
 * @param errors messages by field name ({@code datum}, {@code deelnemers})
 */
public record MdoRecordPage(String householdId, String mdoId, String title, long version, String date,
        String participants, String agreements, String outcome, List<String> becameActions, String conflict,
        ErrorSummary errorSummary, Map<String, String> errors, String backHref) {

    public String error(String field) {
        return errors.get(field);
    }
}
