package nl.toegang.forms;

/**
 * A form file that this library cannot use. The message is meant for the administrator who
 * uploaded it: it names the component and says what to change.
 */
public class FormDefinitionException extends RuntimeException {

    private final String componentKey;
    private final String componentType;

    public FormDefinitionException(String message) {
        this(message, null, null, null);
    }

    public FormDefinitionException(String message, String componentKey, String componentType, Throwable cause) {
        super(message, cause);
        this.componentKey = componentKey;
        this.componentType = componentType;
    }

    /** The key (or id) of the component that is wrong; null when the problem is the whole form. */
    public String componentKey() {
        return componentKey;
    }

    /** The type of the component that is wrong, as written in the file; may be null. */
    public String componentType() {
        return componentType;
    }
}
