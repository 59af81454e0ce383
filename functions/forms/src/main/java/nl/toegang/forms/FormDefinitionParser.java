package nl.toegang.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Camunda Form JSON into a {@link FormDefinition}. It refuses anything the server cannot
 * honour rather than skipping it, because a silently ignored rule would let wrong answers in.
 */
final class FormDefinitionParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Set<String> seenKeys = new HashSet<>();

    private FormDefinitionParser() {
    }

    static FormDefinition parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw FormDefinitionException.aboutForm(e, "definition.notJson", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw FormDefinitionException.aboutForm(null, "definition.notAnObject");
        }
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            throw FormDefinitionException.aboutForm(null, "definition.noId");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw FormDefinitionException.aboutForm(null, "definition.noComponents", id);
        }
        FormDefinition form = new FormDefinition(id, new FormDefinitionParser().components(components));
        checkDateOrder(form);
        checkSize(form);
        return form;
    }

    private static void checkSize(FormDefinition form) {
        long worstCase = FieldLimits.worstCaseBytes(form);
        if (worstCase > FieldLimits.MAX_ANSWER_BYTES) {
            // Numbers go in as text, so they read as the limits in Modeler do (no thousands separator).
            throw FormDefinitionException.aboutForm(null, "definition.tooLarge", form.id(), String.valueOf(worstCase / 1024),
                    String.valueOf(FieldLimits.MAX_ANSWER_BYTES / 1024), String.valueOf(FieldLimits.MULTI_LINE),
                    String.valueOf(FieldLimits.ONE_LINE));
        }
    }

    /** A {@code notBefore} property must name another date field of the same form. */
    private static void checkDateOrder(FormDefinition form) {
        for (FormComponent field : form.fields()) {
            String other = field.properties().get(DateOrder.PROPERTY);
            if (other == null || other.isBlank()) {
                continue;
            }
            Problem problem = new Problem(field.key(), field.type().jsonName());
            if (field.type() != ComponentType.DATETIME) {
                throw problem.of("definition.notBeforeOnlyDate", DateOrder.PROPERTY);
            }
            FormComponent start = form.field(other.trim()).orElseThrow(() -> problem.of("definition.notBeforeUnknown",
                    DateOrder.PROPERTY, other));
            if (start.type() != ComponentType.DATETIME || start.key().equals(field.key())) {
                throw problem.of("definition.notBeforeNotOtherDate", DateOrder.PROPERTY, other);
            }
        }
    }

    private List<FormComponent> components(JsonNode array) {
        List<FormComponent> result = new ArrayList<>();
        for (JsonNode node : array) {
            result.add(component(node));
        }
        return result;
    }

    private FormComponent component(JsonNode node) {
        String typeName = text(node, "type");
        String key = text(node, "key");
        Problem problem = new Problem(key != null ? key : text(node, "id"), typeName);
        if (typeName == null || typeName.isBlank()) {
            throw problem.of("definition.noType");
        }
        ComponentType type = ComponentType.fromJsonName(typeName).orElseThrow(() -> problem.of(
                "definition.unsupportedType", ComponentType.supportedNames()));
        if (type.isInput()) {
            requireUniqueKey(key, problem);
        } else {
            key = null;
        }
        Map<String, String> properties = properties(node.get("properties"));
        checkCustomValidation(properties, type, problem);
        checkMinimumAge(properties, type, problem);
        String subtype = type == ComponentType.DATETIME ? dateSubtype(node, problem) : null;
        return new FormComponent(
                type,
                key,
                label(node, type),
                text(node, "description"),
                staticText(node, type, problem),
                rules(node.get("validate"), problem),
                type.hasOptions() ? options(node, properties, problem) : List.of(),
                type.hasOptions() ? text(node, "valuesKey") : null,
                subtype,
                integerOrNull(node.get("decimalDigits"), "decimalDigits", problem),
                node.path("disallowPassedDates").asBoolean(false),
                plainValue(node.get("defaultValue")),
                flag(node, "readonly", problem) || flag(node, "disabled", problem),
                hideCondition(node.get("conditional"), problem),
                properties,
                type == ComponentType.GROUP ? groupChildren(node, problem) : List.of());
    }

    private void requireUniqueKey(String key, Problem problem) {
        if (key == null || key.isBlank()) {
            throw problem.of("definition.noKey");
        }
        if (!seenKeys.add(key)) {
            throw problem.of("definition.duplicateKey");
        }
    }

    private static String label(JsonNode node, ComponentType type) {
        String label = text(node, "label");
        // Camunda Modeler writes the label of a date field as dateLabel.
        if (type == ComponentType.DATETIME && (label == null || label.isBlank())) {
            return text(node, "dateLabel");
        }
        return label;
    }

    private static String staticText(JsonNode node, ComponentType type, Problem problem) {
        String text = text(node, "text");
        if (type == ComponentType.TEXT && text != null && text.startsWith("=")) {
            throw problem.of("definition.feelText");
        }
        return type == ComponentType.TEXT ? text : null;
    }

    private static String dateSubtype(JsonNode node, Problem problem) {
        String subtype = text(node, "subtype");
        if (subtype != null && !subtype.equals("date")) {
            throw problem.of("definition.unsupportedSubtype", subtype);
        }
        return "date";
    }

    private static void checkCustomValidation(Map<String, String> properties, ComponentType type, Problem problem) {
        String name = properties.get("validation");
        if (name == null || name.isBlank()) {
            return;
        }
        CustomValidation validation = CustomValidation.fromPropertyValue(name).orElseThrow(() -> problem.of(
                "definition.unknownValidation", name, CustomValidation.supportedNames()));
        ComponentType expected = validation == CustomValidation.PAST_DATE ? ComponentType.DATETIME : ComponentType.TEXTFIELD;
        if (type != expected) {
            throw problem.of("definition.validationWrongType", name, expected.jsonName());
        }
    }

    private static void checkMinimumAge(Map<String, String> properties, ComponentType type, Problem problem) {
        String years = properties.get(MinimumAge.PROPERTY);
        String when = properties.get(MinimumAge.WHEN_PROPERTY);
        if ((years == null || years.isBlank()) && (when == null || when.isBlank())) {
            return;
        }
        if (type != ComponentType.DATETIME) {
            throw problem.of("definition.minimumAgeWrongType");
        }
        if (years == null || !years.trim().matches("\\d{1,3}") || Integer.parseInt(years.trim()) < 1
                || Integer.parseInt(years.trim()) > MinimumAge.HIGHEST) {
            throw problem.of("definition.minimumAgeNotAnAge", years == null ? "" : years, String.valueOf(MinimumAge.HIGHEST));
        }
        if (when != null && !when.isBlank()) {
            try {
                HideCondition.parse(when);
            } catch (IllegalArgumentException e) {
                throw problem.of("definition.minimumAgeWhenTooComplex", when, e.getMessage());
            }
        }
    }

    private static ValidationRules rules(JsonNode validate, Problem problem) {
        if (validate == null || !validate.isObject()) {
            return ValidationRules.NONE;
        }
        Integer maxLength = integerOrNull(validate.get("maxLength"), "maxLength", problem);
        if (maxLength != null && maxLength > FieldLimits.CEILING) {
            throw problem.of("definition.maxLengthTooHigh", String.valueOf(maxLength), String.valueOf(FieldLimits.CEILING));
        }
        return new ValidationRules(
                validate.path("required").asBoolean(false),
                integerOrNull(validate.get("minLength"), "minLength", problem),
                maxLength,
                pattern(validate, problem),
                numberOrNull(validate.get("min"), "min", problem),
                numberOrNull(validate.get("max"), "max", problem),
                validationType(validate, problem));
    }

    private static Pattern pattern(JsonNode validate, Problem problem) {
        String pattern = text(validate, "pattern");
        if (pattern == null || pattern.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw problem.of("definition.badPattern", pattern, e.getDescription());
        }
    }

    private static String validationType(JsonNode validate, Problem problem) {
        String type = text(validate, "validationType");
        if (type == null || type.isEmpty() || type.equals("custom")) {
            return null;
        }
        if (!type.equals("email") && !type.equals("phone")) {
            throw problem.of("definition.unknownValidationType", type);
        }
        return type;
    }

    private static List<Option> options(JsonNode node, Map<String, String> properties, Problem problem) {
        if (node.hasNonNull("valuesExpression")) {
            throw problem.of("definition.feelOptions");
        }
        JsonNode values = node.get("values");
        boolean hasValuesKey = text(node, "valuesKey") != null && !text(node, "valuesKey").isBlank();
        if ((values == null || !values.isArray() || values.isEmpty()) && !hasValuesKey) {
            throw problem.of("definition.noOptions");
        }
        List<Option> options = new ArrayList<>();
        if (values != null && values.isArray()) {
            for (JsonNode value : values) {
                String optionValue = text(value, "value");
                if (optionValue == null) {
                    throw problem.of("definition.optionWithoutValue");
                }
                options.add(new Option(optionValue, text(value, "label"), Option.translationsIn(properties, optionValue)));
            }
        }
        return options;
    }

    private List<FormComponent> groupChildren(JsonNode node, Problem problem) {
        String path = text(node, "path");
        if (path != null && !path.isBlank()) {
            throw problem.of("definition.groupWithPath");
        }
        JsonNode children = node.get("components");
        return children != null && children.isArray() ? components(children) : List.of();
    }

    private static HideCondition hideCondition(JsonNode conditional, Problem problem) {
        String hide = conditional == null ? null : text(conditional, "hide");
        if (hide == null || hide.isBlank()) {
            return null;
        }
        try {
            return HideCondition.parse(hide);
        } catch (IllegalArgumentException e) {
            throw problem.of("definition.hideTooComplex", hide, e.getMessage());
        }
    }

    private static boolean flag(JsonNode node, String field, Problem problem) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw problem.of("definition.expressionNotAllowed", field);
        }
        return value.asBoolean();
    }

    private static Map<String, String> properties(JsonNode node) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(entry -> properties.put(entry.getKey(), entry.getValue().asText()));
        }
        return properties;
    }

    private static Integer integerOrNull(JsonNode node, String field, Problem problem) {
        BigDecimal number = numberOrNull(node, field, problem);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw problem.of("definition.notWholeNumber", field);
        }
    }

    private static BigDecimal numberOrNull(JsonNode node, String field, Problem problem) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            throw problem.of("definition.notANumber", field, node.asText());
        }
    }

    private static Object plainValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return List.copyOf(items);
        }
        return node.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Builds messages that name the component, so an administrator can find it in Modeler. */
    private record Problem(String name, String typeName) {
        FormDefinitionException of(String textKey, Object... args) {
            return FormDefinitionException.aboutComponent(name, typeName, textKey, args);
        }
    }
}
