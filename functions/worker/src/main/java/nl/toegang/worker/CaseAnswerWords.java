package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.forms.ComponentType;
import nl.toegang.forms.FormComponent;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.Language;

/**
 * What a case worker's answers mean in a resident's words. A form stores the code of an option
 * ({@code huishoudelijke-hulp}) and a date as ISO ({@code 2027-01-01}); a letter shows the option's
 * label and the date written out ("1 januari 2027"). The labels come from the very form versions
 * this case's tasks were done with, so a letter says what the case worker saw when choosing.
 */
@Singleton
public class CaseAnswerWords {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final TaskRepository tasks;
    private final DefinitionRepository definitions;

    public CaseAnswerWords(TaskRepository tasks, DefinitionRepository definitions) {
        this.tasks = tasks;
        this.definitions = definitions;
    }

    /** The fields of this case's tasks by key; a later task's form wins over an earlier one. */
    public Fields fieldsOf(String caseId) {
        Map<String, FormComponent> byKey = new HashMap<>();
        for (UserTaskRecord task : tasks.forCase(caseId)) {
            if (task.formKey() == null) {
                continue;
            }
            definitions.findByKey(task.formKey())
                    .map(d -> FormDefinition.parse(d.content()))
                    .ifPresent(form -> form.fields().forEach(field -> byKey.put(field.key(), field)));
        }
        return new Fields(byKey);
    }

    /** The form fields a case's answers were given in. */
    public record Fields(Map<String, FormComponent> byKey) {

        public Optional<FormComponent> field(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        /**
         * The variables with each top-level answer in words: an option's label, a date written out.
         * Other values, and values nested in objects (the melding), stay as they are.
         */
        public Map<String, Object> inWords(Map<String, Object> variables, Language language) {
            Map<String, Object> words = new LinkedHashMap<>(variables);
            variables.forEach((key, value) -> words.put(key, words(key, value, variables, language)));
            return words;
        }

        public Object words(String key, Object value, Map<String, Object> variables, Language language) {
            FormComponent field = byKey.get(key);
            if (value instanceof String text && field != null && field.type().hasOptions()) {
                return optionLabel(field, text, variables, language).orElse(text);
            }
            if (value instanceof List<?> chosen && field != null && field.type().hasOptions()) {
                return chosen.stream()
                        .map(v -> optionLabel(field, String.valueOf(v), variables, language).orElse(String.valueOf(v)))
                        .toList();
            }
            if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
                return dateInWords(text, language);
            }
            if (value instanceof Number number && field != null && field.type() == ComponentType.NUMBER) {
                return numberInWords(number, field.decimalDigits(), language);
            }
            return value;
        }

        private static Optional<String> optionLabel(FormComponent field, String code, Map<String, Object> variables,
                Language language) {
            Optional<String> fixed = field.values().stream().filter(o -> o.value().equals(code)).findFirst()
                    .map(o -> o.label(language));
            if (fixed.isPresent() || field.valuesKey() == null) {
                return fixed;
            }
            // Options from a variable, such as the contracted providers: a list of {label, value}.
            if (variables.get(field.valuesKey()) instanceof List<?> options) {
                return options.stream()
                        .filter(o -> o instanceof Map<?, ?> m && code.equals(String.valueOf(m.get("value"))))
                        .map(o -> String.valueOf(((Map<?, ?>) o).get("label")))
                        .findFirst();
            }
            return Optional.empty();
        }
    }

    /**
     * "1.078,70" in Dutch, "1,078.70" in English: a number as the reader writes it. A field with
     * two decimals is an amount of money and always shows both.
     */
    static String numberInWords(Number number, Integer decimalDigits, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        int decimals = decimalDigits == null ? 2 : decimalDigits;
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(decimals == 2 ? 2 : 0);
        return format.format(new BigDecimal(number.toString()));
    }

    /** "1 januari 2027", "1 January 2027"; text that is no real date stays as it was. */
    static String dateInWords(String isoDate, Language language) {
        try {
            return DateTimeFormatter.ofPattern(Dates.IN_WORDS, language.locale()).format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }
}
