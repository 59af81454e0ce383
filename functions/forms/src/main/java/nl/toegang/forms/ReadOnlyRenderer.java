package nl.toegang.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.pages.forms.AnswerView;

/** Submitted answers in the reader's words: option labels instead of stored codes, dates written out. */
final class ReadOnlyRenderer {

    private ReadOnlyRenderer() {
    }

    static List<AnswerView> answers(FormDefinition form, Language language, Map<String, Object> values,
                                    Map<String, Object> context) {
        List<AnswerView> answers = new ArrayList<>();
        for (FormComponent field : form.fields()) {
            if (field.hide().filter(condition -> condition.hides(values)).isPresent()) {
                continue;
            }
            answers.add(answer(field, values.get(field.key()), language, OptionSource.options(field, context)));
        }
        return answers;
    }

    private static AnswerView answer(FormComponent field, Object value, Language language, List<Option> options) {
        String label = field.label(language);
        if (field.type() == ComponentType.CHECKBOX) {
            return new AnswerView(label, List.of(DisplayValue.isTicked(value) ? Messages.yes(language) : Messages.no(language)),
                    false, false);
        }
        List<String> texts = DisplayValue.texts(value).stream().filter(text -> !text.isBlank()).toList();
        if (texts.isEmpty()) {
            return new AnswerView(label, List.of(Messages.notFilledIn(language)), false, true);
        }
        if (field.type() == ComponentType.CHECKLIST) {
            return new AnswerView(label, texts.stream().map(text -> optionLabel(options, text, language)).toList(), true, false);
        }
        String text = texts.getFirst();
        List<String> lines = switch (field.type()) {
            case SELECT, RADIO -> List.of(optionLabel(options, text, language));
            case DATETIME -> List.of(longDate(text, language));
            case NUMBER -> List.of(Messages.localNumber(language, new BigDecimal(plainNumber(value))));
            case TEXTAREA -> List.of(text.split("\n", -1));
            default -> List.of(text);
        };
        return new AnswerView(label, lines, false, false);
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
}
