package nl.toegang.pages.households;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;

/**
 * The case worker's privacy page of a household: each member's consents, the overrides so far,
 * and the form to record sharing without consent because safety is at stake.
 */
public record PrivacyPage(String householdId, String notice, List<MemberConsents> members, List<OverrideLine> overrides,
        List<FormFieldView> fields, String action, String keyField, String key, ErrorSummary errorSummary) {

    /** @param consents one sentence per consent, in words */
    public record MemberConsents(String heading, List<String> consents) {}

    /** @param hidden why the member is not told, or null when they are */
    public record OverrideLine(String text, String hidden, String seen) {}
}
