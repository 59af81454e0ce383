package nl.toegang.forms;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Camunda Form component types this library can render and validate on the server. */
public enum ComponentType {
    TEXTFIELD("textfield"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    DATETIME("datetime"),
    SELECT("select"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    CHECKLIST("checklist"),
    TEXT("text"),
    GROUP("group"),
    SEPARATOR("separator"),
    SPACER("spacer");

    private final String jsonName;

    ComponentType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** True for components that carry a value the resident fills in. */
    public boolean isInput() {
        return switch (this) {
            case TEXT, GROUP, SEPARATOR, SPACER -> false;
            default -> true;
        };
    }

    /** True for components whose answer must be one of a list of options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }

    static Optional<ComponentType> fromJsonName(String name) {
        return Arrays.stream(values()).filter(type -> type.jsonName.equals(name)).findFirst();
    }

    static String supportedNames() {
        return Arrays.stream(values()).map(ComponentType::jsonName).collect(Collectors.joining(", "));
    }
}
