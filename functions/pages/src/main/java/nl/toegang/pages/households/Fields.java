package nl.toegang.pages.households;

import java.util.List;
import nl.toegang.pages.forms.ChoiceView;
import nl.toegang.pages.forms.FieldKind;
import nl.toegang.pages.forms.FieldWords;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.forms.InputHints;

/**
 * Fields of the household forms, built as the form renderer builds those of a Camunda Form, so
 * they look, read and link to the error summary the same way (ids {@code field-<name>}).
 */
public final class Fields {

    private Fields() {}

    /** One choice: the value sent and its words. */
    public record Choice(String value, String label) {}

    public static FormFieldView textarea(String name, String label, String hint, String value, String error,
            boolean required, FieldWords words) {
        return field(FieldKind.TEXTAREA, name, label, hint, value, error, List.of(), required, InputHints.NONE, words);
    }

    public static FormFieldView text(String name, String label, String hint, String value, String error,
            boolean required, InputHints hints, FieldWords words) {
        return field(FieldKind.TEXTFIELD, name, label, hint, value, error, List.of(), required, hints, words);
    }

    public static FormFieldView date(String name, String label, String hint, String value, String error,
            FieldWords words) {
        return field(FieldKind.DATE, name, label, hint, value, error, List.of(), true,
                new InputHints("date", null, "off", false, false), words);
    }

    public static FormFieldView radio(String name, String label, String hint, List<Choice> choices, String chosen,
            String error, FieldWords words) {
        return field(FieldKind.RADIO, name, label, hint, "", error, options(name, choices, chosen), true, InputHints.NONE,
                words);
    }

    public static FormFieldView select(String name, String label, String hint, List<Choice> choices, String chosen,
            String error, FieldWords words) {
        return field(FieldKind.SELECT, name, label, hint, "", error, options(name, choices, chosen), true,
                InputHints.NONE, words);
    }

    public static FormFieldView checkbox(String name, String label, boolean ticked, String error, FieldWords words) {
        return field(FieldKind.CHECKBOX, name, label, null, ticked ? "true" : "", error, List.of(), false,
                InputHints.NONE, words);
    }

    private static List<ChoiceView> options(String name, List<Choice> choices, String chosen) {
        return java.util.stream.IntStream.range(0, choices.size())
                .mapToObj(i -> new ChoiceView("field-" + name + "-" + i, choices.get(i).value(), choices.get(i).label(),
                        choices.get(i).value().equals(chosen)))
                .toList();
    }

    private static FormFieldView field(FieldKind kind, String name, String label, String hint, String value,
            String error, List<ChoiceView> options, boolean required, InputHints hints, FieldWords words) {
        return new FormFieldView(kind, name, "field-" + name, label, hint, error, value == null ? "" : value, options,
                required, false, hints, List.of(), List.of(), words);
    }
}
