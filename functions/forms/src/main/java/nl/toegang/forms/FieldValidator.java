package nl.toegang.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks and cleans the submitted text of one field, following the rules in the form. */
final class FieldValidator {

    private final FormComponent field;
    private final Language language;
    private final List<Option> options;
    private final LocalDate today;
    private final String label;

    FieldValidator(FormComponent field, Language language, List<Option> options, LocalDate today) {
        this.field = field;
        this.language = language;
        this.options = options;
        this.today = today;
        this.label = field.label(language);
    }

    FieldOutcome check(List<String> raw) {
        if (raw.stream().anyMatch(text -> text != null && TypedCharacters.hasNullCharacter(text))) {
            return FieldOutcome.invalid(Messages.forbiddenCharacter(language, label), "");
        }
        return switch (field.type()) {
            case CHECKBOX -> checkbox(raw);
            case CHECKLIST -> checklist(raw);
            default -> single(firstText(raw));
        };
    }

    private FieldOutcome single(String text) {
        if (text.isEmpty()) {
            return field.isRequired() ? FieldOutcome.invalid(requiredMessage(), text) : FieldOutcome.empty();
        }
        Optional<String> unfit = typedTextError(text);
        if (unfit.isPresent()) {
            // Not shown again: a page with hundreds of kilobytes in a field helps nobody.
            return FieldOutcome.invalid(unfit.get(), shortened(text));
        }
        return switch (field.type()) {
            case NUMBER -> number(text);
            case DATETIME -> date(text);
            case SELECT, RADIO -> choice(text);
            default -> textual(text);
        };
    }

    /** Length and characters, checked before anything else reads the text. */
    private Optional<String> typedTextError(String text) {
        if (field.type() == ComponentType.SELECT || field.type() == ComponentType.RADIO) {
            return Optional.empty(); // only an option is accepted, whatever its length
        }
        int maxLength = FieldLimits.maxLength(field);
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of(Messages.tooLong(language, label, maxLength));
        }
        boolean fits = field.type() == ComponentType.TEXTAREA
                ? TypedCharacters.isPlainMultiLineText(text) : TypedCharacters.fitsOnOneLine(text);
        return fits ? Optional.empty() : Optional.of(field.type() == ComponentType.TEXTAREA
                ? Messages.forbiddenCharacter(language, label) : Messages.notOneLine(language, label));
    }

    private String shortened(String text) {
        int maxLength = FieldLimits.maxLength(field);
        return text.length() <= maxLength ? text : text.substring(0, text.offsetByCodePoints(0, maxLength));
    }

    private String requiredMessage() {
        if (field.hasCustomValidation(CustomValidation.BSN)) {
            return Messages.bsnRequired(language);
        }
        if (field.hasCustomValidation(CustomValidation.POSTCODE)) {
            return Messages.postcodeRequired(language);
        }
        return switch (field.type()) {
            case SELECT, RADIO -> Messages.chooseRequired(language, label);
            default -> Messages.required(language, label);
        };
    }

    private FieldOutcome textual(String text) {
        String value = text;
        if (field.hasCustomValidation(CustomValidation.BSN)) {
            if (!BsnCheck.hasNineDigits(text)) {
                return FieldOutcome.invalid(Messages.bsnNotNineDigits(language), text);
            }
            if (!BsnCheck.isValid(text)) {
                return FieldOutcome.invalid(Messages.bsnInvalid(language), text);
            }
            value = BsnCheck.normalise(text);
        }
        if (field.hasCustomValidation(CustomValidation.POSTCODE)) {
            Optional<String> postcode = PostcodeCheck.normalise(text);
            if (postcode.isEmpty()) {
                return FieldOutcome.invalid(Messages.postcodeInvalid(language), text);
            }
            value = postcode.get();
        }
        Optional<String> error = textRuleError(value);
        return error.isPresent() ? FieldOutcome.invalid(error.get(), text) : FieldOutcome.valid(value);
    }

    private Optional<String> textRuleError(String value) {
        ValidationRules rules = field.validate();
        int length = value.codePointCount(0, value.length());
        if (rules.minLength() != null && length < rules.minLength()) {
            return Optional.of(Messages.tooShort(language, label, rules.minLength()));
        }
        if (rules.pattern() != null && !rules.pattern().matcher(value).matches()) {
            return Optional.of(Messages.patternMismatch(language, label));
        }
        if (rules.isEmail() && !ContactChecks.isEmail(value)) {
            return Optional.of(Messages.invalidEmail(language, label));
        }
        if (rules.isPhone() && !ContactChecks.isPhone(value)) {
            return Optional.of(Messages.invalidPhone(language, label));
        }
        return Optional.empty();
    }

    private FieldOutcome number(String text) {
        Optional<BigDecimal> parsed = NumberInput.parse(text);
        if (parsed.isEmpty()) {
            return FieldOutcome.invalid(Messages.notANumber(language, label), text);
        }
        BigDecimal number = parsed.get();
        ValidationRules rules = field.validate();
        if (field.decimalDigits() != null && NumberInput.decimals(number) > field.decimalDigits()) {
            return FieldOutcome.invalid(Messages.tooManyDecimals(language, label, field.decimalDigits()), text);
        }
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            return FieldOutcome.invalid(Messages.belowMin(language, label, rules.min()), text);
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            return FieldOutcome.invalid(Messages.aboveMax(language, label, rules.max()), text);
        }
        return FieldOutcome.valid(NumberInput.typed(number));
    }

    private FieldOutcome date(String text) {
        Optional<LocalDate> parsed = DateInput.parse(text);
        if (parsed.isEmpty()) {
            return FieldOutcome.invalid(Messages.invalidDate(language, label), text);
        }
        LocalDate date = parsed.get();
        if (field.hasCustomValidation(CustomValidation.PAST_DATE) && date.isAfter(today)) {
            return FieldOutcome.invalid(Messages.dateInFuture(language, label), text);
        }
        if (field.disallowPassedDates() && date.isBefore(today)) {
            return FieldOutcome.invalid(Messages.dateInPast(language, label), text);
        }
        return FieldOutcome.valid(date.toString());
    }

    private FieldOutcome choice(String text) {
        if (!OptionSource.contains(options, text)) {
            return FieldOutcome.invalid(Messages.notAnOption(language, label), text);
        }
        return FieldOutcome.valid(text);
    }

    private FieldOutcome checkbox(List<String> raw) {
        // An unticked box is not sent at all, so absence means "no".
        boolean ticked = raw.stream().map(String::trim).anyMatch(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
        if (!ticked && field.isRequired()) {
            return FieldOutcome.invalid(Messages.tickRequired(language, label), false);
        }
        return FieldOutcome.valid(ticked);
    }

    private FieldOutcome checklist(List<String> raw) {
        List<String> chosen = raw.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
        if (chosen.stream().anyMatch(value -> !OptionSource.contains(options, value))) {
            return FieldOutcome.invalid(Messages.notAnOption(language, label), chosen);
        }
        if (chosen.isEmpty() && field.isRequired()) {
            return FieldOutcome.invalid(Messages.chooseAtLeastOne(language, label), chosen);
        }
        // Stored in form order, so the same choices always give the same list.
        List<String> inFormOrder = new ArrayList<>();
        options.stream().map(Option::value).filter(chosen::contains).forEach(inFormOrder::add);
        return FieldOutcome.valid(List.copyOf(inFormOrder));
    }

    private String firstText(List<String> raw) {
        String text = raw.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("").strip();
        return field.type() == ComponentType.TEXTAREA ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }
}
