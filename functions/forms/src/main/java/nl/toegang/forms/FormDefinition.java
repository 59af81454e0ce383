package nl.toegang.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed Camunda Form: its id and its components in form order. Immutable. */
public record FormDefinition(String id, List<FormComponent> components) {

    public FormDefinition {
        components = List.copyOf(components);
    }

    /**
     * Reads a Camunda Form JSON file as written by Camunda Modeler.
     *
     * @throws FormDefinitionException when the file is not valid JSON, or uses a component,
     *                                 option source or rule this library cannot honour
     */
    public static FormDefinition parse(String json) {
        return FormDefinitionParser.parse(json);
    }

    /** All components that take an answer, including those inside groups, in form order. */
    public List<FormComponent> fields() {
        List<FormComponent> fields = new ArrayList<>();
        collectFields(components, fields);
        return List.copyOf(fields);
    }

    public Optional<FormComponent> field(String key) {
        return fields().stream().filter(field -> field.key().equals(key)).findFirst();
    }

    private static void collectFields(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            if (component.type().isInput()) {
                into.add(component);
            }
            collectFields(component.components(), into);
        }
    }
}
