package nl.toegang.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form cut into steps: each top-level {@code group} is one step. Components outside any group
 * (an introduction, a heading) go with the step that follows them, or with the last step when no
 * group follows. A form without groups is one step, shown as one page.
 */
public final class FormSteps {

    private final List<FormStep> steps;

    private FormSteps(List<FormStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public static FormSteps of(FormDefinition form) {
        List<FormStep> steps = new ArrayList<>();
        List<FormComponent> loose = new ArrayList<>();
        for (FormComponent component : form.components()) {
            if (component.type() != ComponentType.GROUP) {
                loose.add(component);
                continue;
            }
            List<FormComponent> content = new ArrayList<>(loose);
            content.addAll(component.components());
            loose.clear();
            steps.add(new FormStep(steps.size() + 1, component, new FormDefinition(form.id(), content)));
        }
        if (steps.isEmpty()) {
            return new FormSteps(List.of(new FormStep(1, null, form)));
        }
        if (!loose.isEmpty()) {
            FormStep last = steps.removeLast();
            List<FormComponent> content = new ArrayList<>(last.content().components());
            content.addAll(loose);
            steps.add(new FormStep(last.number(), last.title(), new FormDefinition(form.id(), content)));
        }
        return new FormSteps(steps);
    }

    public List<FormStep> all() {
        return steps;
    }

    public int count() {
        return steps.size();
    }

    /** True when the form has more than one step, so it is shown page by page with a check page. */
    public boolean inSteps() {
        return steps.size() > 1;
    }

    public Optional<FormStep> step(int number) {
        return number < 1 || number > steps.size() ? Optional.empty() : Optional.of(steps.get(number - 1));
    }

    /** The step that asks for a field; the first step for a key the form does not know. */
    public int stepOf(String key) {
        return steps.stream().filter(step -> step.keys().contains(key)).findFirst().map(FormStep::number).orElse(1);
    }
}
