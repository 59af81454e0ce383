package nl.toegang.forms;

import java.util.List;
import java.util.Map;

/**
 * Renders a form as an HTML fragment that works without JavaScript and meets WCAG 2.1 AA.
 * The caller wraps it in its own {@code <form>} with the CSRF token and buttons.
 */
public final class FormRenderer {

    private FormRenderer() {
    }

    /**
     * The fields of the form, with the resident's answers and the errors shown at their fields.
     *
     * @param values  answers to show: {@link FormResult#enteredValues()} after a failed post, the
     *                stored values for a draft, or empty for a new form; a field with no value
     *                shows its default value
     * @param errors  field key to message, as {@link FormResult#errors()}; may be empty
     * @param context lists for options with a {@code valuesKey}; may be empty
     */
    public static String render(FormDefinition form, Language language, Map<String, Object> values,
                                Map<String, String> errors, Map<String, Object> context) {
        HtmlWriter html = new HtmlWriter();
        renderComponents(form.components(), html, language, orEmpty(values), orEmpty(errors), orEmpty(context));
        return html.toString();
    }

    /**
     * Where an error summary's link to a field points: the id of the field's input as
     * {@link #render} writes it. The summary itself is the template components/errorSummary.
     */
    public static String fieldAnchor(String key) {
        return "#" + FieldIds.field(key);
    }

    /** The submitted answers as a {@code <dl>}, for receipts and case files. */
    public static String renderReadOnly(FormDefinition form, Language language, Map<String, Object> values) {
        return renderReadOnly(form, language, values, Map.of());
    }

    /** As {@link #renderReadOnly(FormDefinition, Language, Map)}, with lists for options that use a {@code valuesKey}. */
    public static String renderReadOnly(FormDefinition form, Language language, Map<String, Object> values,
                                        Map<String, Object> context) {
        return ReadOnlyRenderer.render(form, language, orEmpty(values), orEmpty(context));
    }

    private static void renderComponents(List<FormComponent> components, HtmlWriter html, Language language,
                                         Map<String, Object> values, Map<String, String> errors,
                                         Map<String, Object> context) {
        for (FormComponent component : components) {
            switch (component.type()) {
                case TEXT -> html.open("div", "class", "form-text").newline()
                        .raw(Markdown.toHtml(component.text(language))).close("div").newline();
                case SEPARATOR -> html.open("hr", "class", "form-separator").newline();
                case SPACER -> {
                    // Spacing is the page's stylesheet's job.
                }
                case GROUP -> renderGroup(component, html, language, values, errors, context);
                case RADIO, CHECKLIST -> ChoiceRenderer.renderGroup(view(component, language, values, errors, context), html);
                case CHECKBOX -> ChoiceRenderer.renderCheckbox(view(component, language, values, errors, context), html);
                default -> InputRenderer.render(view(component, language, values, errors, context), html);
            }
        }
    }

    private static void renderGroup(FormComponent group, HtmlWriter html, Language language, Map<String, Object> values,
                                    Map<String, String> errors, Map<String, Object> context) {
        String label = group.label(language);
        boolean hasLegend = label != null && !label.isBlank();
        html.open(hasLegend ? "fieldset" : "div", "class", "form-group").newline();
        if (hasLegend) {
            html.element("legend", label, "class", "form-group-legend").newline();
        }
        renderComponents(group.components(), html, language, values, errors, context);
        html.close(hasLegend ? "fieldset" : "div").newline();
    }

    private static FieldView view(FormComponent field, Language language, Map<String, Object> values,
                                  Map<String, String> errors, Map<String, Object> context) {
        Object value = values.containsKey(field.key()) ? values.get(field.key()) : field.defaultValue();
        return new FieldView(field, language, value, errors.get(field.key()), OptionSource.options(field, context));
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
