package nl.toegang.forms;

import java.util.List;

/**
 * Radio groups and checklists (a fieldset whose legend is the question) and the single
 * checkbox (the box with its label beside it).
 */
final class ChoiceRenderer {

    private ChoiceRenderer() {
    }

    static void renderGroup(FieldView view, HtmlWriter html) {
        boolean radio = view.field().type() == ComponentType.RADIO;
        List<String> chosen = DisplayValue.texts(view.value());
        html.open("div", "class", view.wrapperClass()).newline();
        html.open("fieldset", "class", "field-fieldset", "aria-describedby", view.describedBy()).newline();
        html.open("legend", "class", "field-legend");
        view.writeLabelText(html);
        html.close("legend").newline();
        view.writeDescription(html);
        view.writeError(html);
        List<Option> options = view.options();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String id = FieldIds.option(view.key(), i);
            html.open("div", "class", radio ? "field-radio" : "field-check");
            html.open("input",
                    "class", radio ? "field-radio-input" : "field-check-input",
                    "id", id,
                    "name", view.key(),
                    "type", radio ? "radio" : "checkbox",
                    "value", option.value(),
                    "checked", chosen.contains(option.value()) ? "checked" : null,
                    "aria-invalid", view.ariaInvalid(),
                    "disabled", view.field().readonly() ? "disabled" : null);
            html.element("label", option.label(view.language()), "class", "field-option-label", "for", id);
            html.close("div").newline();
        }
        html.close("fieldset").newline().close("div").newline();
    }

    static void renderCheckbox(FieldView view, HtmlWriter html) {
        html.open("div", "class", view.wrapperClass() + " form-field--checkbox").newline();
        view.writeError(html);
        html.open("input",
                "class", "field-check-input",
                "id", view.id(),
                "name", view.key(),
                "type", "checkbox",
                "value", "true",
                "checked", DisplayValue.isTicked(view.value()) ? "checked" : null,
                "aria-describedby", view.describedBy(),
                "aria-invalid", view.ariaInvalid(),
                "aria-required", view.ariaRequired(),
                "disabled", view.field().readonly() ? "disabled" : null);
        html.open("label", "class", "field-label field-option-label", "for", view.id());
        view.writeLabelText(html);
        html.close("label").newline();
        view.writeDescription(html);
        html.close("div").newline();
    }
}
