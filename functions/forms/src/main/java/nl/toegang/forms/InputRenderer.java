package nl.toegang.forms;

/** Text fields, text areas, numbers, dates and selects: one label, one control. */
final class InputRenderer {

    private InputRenderer() {
    }

    static void render(FieldView view, HtmlWriter html) {
        html.open("div", "class", view.wrapperClass()).newline();
        html.open("label", "class", "field-label", "for", view.id());
        view.writeLabelText(html);
        html.close("label").newline();
        view.writeDescription(html);
        view.writeError(html);
        switch (view.field().type()) {
            case TEXTAREA -> textarea(view, html);
            case SELECT -> select(view, html);
            default -> input(view, html);
        }
        html.newline().close("div").newline();
    }

    private static void input(FieldView view, HtmlWriter html) {
        FormComponent field = view.field();
        html.open("input",
                "class", "field-input",
                "id", view.id(),
                "name", view.key(),
                "type", inputType(field),
                "value", DisplayValue.text(view.value()),
                "inputmode", inputMode(field),
                "autocomplete", Autocomplete.tokenFor(field),
                "spellcheck", isCode(field) ? "false" : null,
                "autocapitalize", field.hasCustomValidation(CustomValidation.POSTCODE) ? "characters" : null,
                "aria-describedby", view.describedBy(),
                "aria-invalid", view.ariaInvalid(),
                "aria-required", view.ariaRequired(),
                "readonly", view.readonly());
    }

    private static void textarea(FieldView view, HtmlWriter html) {
        html.open("textarea",
                        "class", "field-textarea",
                        "id", view.id(),
                        "name", view.key(),
                        "rows", "5",
                        "aria-describedby", view.describedBy(),
                        "aria-invalid", view.ariaInvalid(),
                        "aria-required", view.ariaRequired(),
                        "readonly", view.readonly())
                .text(DisplayValue.text(view.value()))
                .close("textarea");
    }

    private static void select(FieldView view, HtmlWriter html) {
        String selected = DisplayValue.text(view.value());
        html.open("select",
                "class", "field-select",
                "id", view.id(),
                "name", view.key(),
                "aria-describedby", view.describedBy(),
                "aria-invalid", view.ariaInvalid(),
                "aria-required", view.ariaRequired(),
                "disabled", view.field().readonly() ? "disabled" : null).newline();
        html.element("option", Messages.chooseOption(view.language()), "value", "").newline();
        for (Option option : view.options()) {
            html.element("option", option.label(view.language()),
                    "value", option.value(),
                    "selected", option.value().equals(selected) ? "selected" : null).newline();
        }
        html.close("select");
    }

    private static String inputType(FormComponent field) {
        if (field.type() == ComponentType.DATETIME) {
            return "date";
        }
        if (field.validate().isEmail()) {
            return "email";
        }
        return field.validate().isPhone() ? "tel" : "text";
    }

    private static String inputMode(FormComponent field) {
        if (field.hasCustomValidation(CustomValidation.BSN)) {
            return "numeric";
        }
        if (field.type() == ComponentType.NUMBER) {
            // type="number" is avoided: it rounds, scrolls and rejects a Dutch decimal comma.
            return Integer.valueOf(0).equals(field.decimalDigits()) ? "numeric" : "decimal";
        }
        return null;
    }

    private static boolean isCode(FormComponent field) {
        return field.hasCustomValidation(CustomValidation.BSN)
                || field.hasCustomValidation(CustomValidation.POSTCODE)
                || field.validate().isEmail();
    }
}
