package nl.toegang.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A definition list of submitted answers, with option labels instead of stored codes. */
final class ReadOnlyRenderer {

    private ReadOnlyRenderer() {
    }

    static String render(FormDefinition form, Language language, Map<String, Object> values, Map<String, Object> context) {
        HtmlWriter html = new HtmlWriter();
        html.open("dl", "class", "form-summary").newline();
        for (FormComponent field : form.fields()) {
            if (field.hide().filter(condition -> condition.hides(values)).isPresent()) {
                continue;
            }
            html.open("div", "class", "form-summary-row");
            html.element("dt", field.label(language), "class", "form-summary-label");
            html.open("dd", "class", "form-summary-value");
            writeValue(html, field, values.get(field.key()), language, OptionSource.options(field, context));
            html.close("dd").close("div").newline();
        }
        html.close("dl").newline();
        return html.toString();
    }

    private static void writeValue(HtmlWriter html, FormComponent field, Object value, Language language, List<Option> options) {
        if (field.type() == ComponentType.CHECKBOX) {
            html.text(DisplayValue.isTicked(value) ? Messages.yes(language) : Messages.no(language));
            return;
        }
        List<String> texts = DisplayValue.texts(value).stream().filter(text -> !text.isBlank()).toList();
        if (texts.isEmpty()) {
            html.element("span", Messages.notFilledIn(language), "class", "form-summary-empty");
            return;
        }
        if (field.type() == ComponentType.CHECKLIST) {
            html.open("ul", "class", "form-summary-list");
            texts.forEach(text -> html.element("li", optionLabel(options, text, language)));
            html.close("ul");
            return;
        }
        String text = texts.getFirst();
        switch (field.type()) {
            case SELECT, RADIO -> html.text(optionLabel(options, text, language));
            case DATETIME -> html.text(longDate(text, language));
            case NUMBER -> html.text(language == Language.NL ? Messages.dutchNumber(new BigDecimal(plainNumber(value))) : plainNumber(value));
            case TEXTAREA -> writeLines(html, text);
            default -> html.text(text);
        }
    }

    private static String optionLabel(List<Option> options, String value, Language language) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst()
                .map(option -> option.label(language)).orElse(value);
    }

    private static String longDate(String text, Language language) {
        Optional<LocalDate> date = DateInput.parse(text);
        return date.map(d -> d.format(DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale()))).orElse(text);
    }

    private static String plainNumber(Object value) {
        String text = DisplayValue.text(value);
        return NumberInput.parse(text).map(BigDecimal::toPlainString).orElse(text);
    }

    private static void writeLines(HtmlWriter html, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.raw("<br>");
            }
            html.text(lines[i]);
        }
    }
}
