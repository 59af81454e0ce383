package nl.toegang.forms;

import java.util.List;

/**
 * One page of a form shown in steps: one top-level group, with the loose text around it.
 *
 * @param number  1 for the first step
 * @param title   the group's label, Dutch and English through {@link #title(Language)}; null for a form without groups
 * @param content the components of this step alone, as a form of its own, so the renderer and the
 *                validator see only this step's fields
 */
public record FormStep(int number, FormComponent title, FormDefinition content) {

    public String title(Language language) {
        return title == null ? null : title.label(language);
    }

    /** The keys of the answers this step asks for. */
    public List<String> keys() {
        return content.fields().stream().map(FormComponent::key).toList();
    }
}
