package nl.toegang.pages.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A radio question a page asks itself, outside a Camunda Form (who a melding is for, how a
 * question came in), shown with the same template as a form's radio group.
 */
public final class RadioQuestion {

    private RadioQuestion() {}

    /**
     * @param options value and label of each choice, in order
     * @param chosen  the value chosen now, or null
     */
    public static FormFieldView of(String key, String label, List<String[]> options, String chosen, String error,
            FieldWords words) {
        String id = "field-" + key;
        List<ChoiceView> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String value = options.get(i)[0];
            choices.add(new ChoiceView(id + "-" + i, value, options.get(i)[1], value.equals(chosen)));
        }
        return new FormFieldView(FieldKind.RADIO, key, id, label, null, error, chosen, choices, true, false,
                InputHints.NONE, List.of(), List.of(), words);
    }
}
