package nl.toegang.pages.households;

import java.util.List;
import nl.toegang.pages.components.DescriptionItem;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;

/**
 * A household's doorbraken with their decisions, and the form to ask for one.
 *
 * @param fields empty when the household has no open case to ask about
 */
public record DoorbraakPage(String notice, List<List<DescriptionItem>> doorbraken, List<FormFieldView> fields,
        String action, String keyField, String key, ErrorSummary errorSummary) {}
