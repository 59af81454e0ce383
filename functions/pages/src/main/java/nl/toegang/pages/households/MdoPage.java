package nl.toegang.pages.households;

import java.util.List;
import nl.toegang.pages.caseworker.Choice;

/**
 * The MDOs of a household, and the form to call one.
 *
 * @param withoutConsent the adults who have not consented to professionals of other teams discussing them; empty when all did
 * @param goals the plan's goals, to choose where an agreement becomes an action
 */
public record MdoPage(String householdId, List<Meeting> meetings, String withoutConsent, String privacyHref,
        List<Choice> goals, String notice, String error, String planHref) {

    /** @param recordHref where the outcome, who was there and the agreements are recorded afterwards */
    public record Meeting(String mdoId, String date, List<String> participants, String outcome, List<Agreement> agreements,
            String recordHref) {}

    /** @param action "" until the agreement became a plan action; then which goal it went to */
    public record Agreement(String agreementId, String text, String action) {}
}
