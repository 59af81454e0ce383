package nl.toegang.forms;

/**
 * A form file that this library cannot use. The message is meant for the administrator who
 * uploaded it: it names the component and says what to change, in their language
 * ({@code definition.*} in toegang/form-texts_*.properties); the exception's own message is the English text, for the logs.
 */
public class FormDefinitionException extends RuntimeException {

    private final String componentKey;
    private final String componentType;
    private final boolean aboutComponent;
    private final String textKey;
    private final Object[] args;

    /** A problem with the whole form. */
    static FormDefinitionException aboutForm(Throwable cause, String textKey, Object... args) {
        return new FormDefinitionException(false, null, null, cause, textKey, args);
    }

    /** A problem with one component; the text names it. */
    static FormDefinitionException aboutComponent(String componentKey, String componentType, String textKey,
            Object... args) {
        return new FormDefinitionException(true, componentKey, componentType, null, textKey, args);
    }

    private FormDefinitionException(boolean aboutComponent, String componentKey, String componentType, Throwable cause,
            String textKey, Object... args) {
        super(Messages.definitionProblem(Language.EN, aboutComponent, componentKey, componentType, textKey, args), cause);
        this.aboutComponent = aboutComponent;
        this.componentKey = componentKey;
        this.componentType = componentType;
        this.textKey = textKey;
        this.args = args.clone();
    }

    /** What is wrong and what to change, in the administrator's language. */
    public String message(Language language) {
        return Messages.definitionProblem(language, aboutComponent, componentKey, componentType, textKey, args);
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
