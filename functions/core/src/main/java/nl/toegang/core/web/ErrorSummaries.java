package nl.toegang.core.web;

import java.util.List;
import java.util.Map;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.Language;
import nl.toegang.forms.Messages;
import nl.toegang.pages.components.ErrorSummary;

/** The error summary above a form: each message with a link to the field the form renderer wrote. */
public final class ErrorSummaries {

    private ErrorSummaries() {}

    /** @return null when nothing is wrong, so the page shows no summary */
    public static ErrorSummary of(Language language, Map<String, String> errors) {
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        List<ErrorSummary.Link> links = errors.entrySet().stream()
                .map(e -> new ErrorSummary.Link(FormRenderer.fieldAnchor(e.getKey()), e.getValue()))
                .toList();
        return new ErrorSummary(Messages.errorSummaryTitle(language), links);
    }
}
