package nl.toegang.forms;

import nl.toegang.pages.forms.InputHints;

/** The input type, keyboard and autofill token a one-line field asks the phone or browser for. */
final class KeyboardHints {

    private KeyboardHints() {
    }

    static InputHints of(FormComponent field) {
        return new InputHints(inputType(field), inputMode(field), Autocomplete.tokenFor(field), isCode(field),
                field.hasCustomValidation(CustomValidation.POSTCODE));
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
