package nl.toegang.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.toegang.pages.forms.AnswerView;
import nl.toegang.pages.forms.ChoiceView;
import nl.toegang.pages.forms.FieldKind;
import nl.toegang.pages.forms.FieldWords;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.forms.InputHints;
import nl.toegang.pages.forms.TextBlock;

/**
 * Turns a form into the view models that toegang-pages' templates show: components/formFields
 * for the fields (without JavaScript, WCAG 2.1 AA), components/answers for the submitted answers.
 * The page wraps the fields in its own {@code <form>} with the CSRF token and buttons.
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
    public static List<FormFieldView> fields(FormDefinition form, Language language, Map<String, Object> values,
                                             Map<String, String> errors, Map<String, Object> context) {
        return fields(form.components(), language, values, errors, context);
    }

    /** As {@link #fields(FormDefinition, Language, Map, Map, Map)}, for some of a form's components (one step of it). */
    public static List<FormFieldView> fields(List<FormComponent> components, Language language, Map<String, Object> values,
                                             Map<String, String> errors, Map<String, Object> context) {
        FieldWords words = new FieldWords(Messages.requiredMarker(language), Messages.errorPrefix(language),
                Messages.chooseOption(language));
        return views(components, language, orEmpty(values), orEmpty(errors), orEmpty(context), words);
    }

    /**
     * Where an error summary's link to a field points: the id of the field's control as
     * {@link #fields} gives it. The summary itself is the template components/errorSummary.
     */
    public static String fieldAnchor(String key) {
        return "#" + FieldIds.field(key);
    }

    /** The submitted answers, for receipts and case files (template components/answers). */
    public static List<AnswerView> answers(FormDefinition form, Language language, Map<String, Object> values) {
        return answers(form, language, values, Map.of());
    }

    /** As {@link #answers(FormDefinition, Language, Map)}, with lists for options that use a {@code valuesKey}. */
    public static List<AnswerView> answers(FormDefinition form, Language language, Map<String, Object> values,
                                           Map<String, Object> context) {
        return ReadOnlyRenderer.answers(form, language, orEmpty(values), orEmpty(context));
    }

    private static List<FormFieldView> views(List<FormComponent> components, Language language, Map<String, Object> values,
                                             Map<String, String> errors, Map<String, Object> context, FieldWords words) {
        List<FormFieldView> views = new ArrayList<>();
        for (FormComponent component : components) {
            FormFieldView view = switch (component.type()) {
                case SPACER -> null; // Spacing is the page's stylesheet's job.
                case SEPARATOR -> structure(FieldKind.SEPARATOR, component, null, List.of(), List.of(), words, null, null);
                case TEXT -> structure(FieldKind.TEXT, component, null, List.of(), Markdown.blocks(component.text(language)), words,
                        null, dutchIf(component.fallsBackToDutch("text", language)));
                case GROUP -> structure(FieldKind.GROUP, component, component.label(language),
                        views(component.components(), language, values, errors, context, words), List.of(), words,
                        dutchIf(component.fallsBackToDutch("label", language)), null);
                default -> field(component, language, values, errors.get(component.key()), context, words);
            };
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    private static FormFieldView structure(FieldKind kind, FormComponent component, String label,
                                           List<FormFieldView> children, List<TextBlock> text,
                                           FieldWords words, String labelLang, String textLang) {
        return new FormFieldView(kind, component.key(), null, label, null, null, "", List.of(), false, false,
                InputHints.NONE, children, text, words, labelLang, null, textLang);
    }

    /** The {@code lang} of a text shown in Dutch on a page in another language, for screen readers; null when it is not. */
    private static String dutchIf(boolean inDutch) {
        return inDutch ? Language.FALLBACK.code() : null;
    }

    private static FormFieldView field(FormComponent field, Language language, Map<String, Object> values, String error,
                                       Map<String, Object> context, FieldWords words) {
        Object value = values.containsKey(field.key()) ? values.get(field.key()) : field.defaultValue();
        FieldKind kind = kind(field.type());
        String text = kind == FieldKind.CHECKBOX ? String.valueOf(DisplayValue.isTicked(value)) : DisplayValue.text(value);
        return new FormFieldView(kind, field.key(), FieldIds.field(field.key()), field.label(language),
                field.description(language), error, text, choices(field, language, value, context), showsAsRequired(field),
                field.readonly(), KeyboardHints.of(field), List.of(), List.of(), words,
                dutchIf(field.fallsBackToDutch("label", language)), dutchIf(field.fallsBackToDutch("description", language)), null);
    }

    private static List<ChoiceView> choices(FormComponent field, Language language, Object value, Map<String, Object> context) {
        if (field.type() != ComponentType.SELECT && field.type() != ComponentType.RADIO
                && field.type() != ComponentType.CHECKLIST) {
            return List.of();
        }
        List<String> chosen = DisplayValue.texts(value);
        List<Option> options = OptionSource.options(field, context);
        List<ChoiceView> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            choices.add(new ChoiceView(FieldIds.option(field.key(), i), option.value(), option.label(language),
                    chosen.contains(option.value()), dutchIf(option.fallsBackToDutch(language))));
        }
        return choices;
    }

    /**
     * A field that a hide condition can switch off is only sometimes required. Without
     * JavaScript it is always on screen, so calling it required would mislead; its
     * description says when to fill it in, and the server still checks it when it applies.
     */
    private static boolean showsAsRequired(FormComponent field) {
        return field.isRequired() && field.hide().isEmpty();
    }

    private static FieldKind kind(ComponentType type) {
        return switch (type) {
            case TEXTAREA -> FieldKind.TEXTAREA;
            case NUMBER -> FieldKind.NUMBER;
            case DATETIME -> FieldKind.DATE;
            case SELECT -> FieldKind.SELECT;
            case RADIO -> FieldKind.RADIO;
            case CHECKLIST -> FieldKind.CHECKLIST;
            case CHECKBOX -> FieldKind.CHECKBOX;
            default -> FieldKind.TEXTFIELD;
        };
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
