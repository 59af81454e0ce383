package nl.toegang.core.cases;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * A form residents fill in to start a case, and the process it starts. Configured under
 * {@code toegang.intake.<form id>} (see application.yml), so a new intake form needs no code.
 */
@EachProperty("toegang.intake")
public class IntakeForm {
    private final String formId;
    private String law;
    private String startMessage = "melding-ontvangen";
    private String referencePrefix;

    public IntakeForm(@Parameter String formId) {
        this.formId = formId;
    }

    public String getFormId() { return formId; }
    public String getLaw() { return law; }
    public void setLaw(String law) { this.law = law; }
    public String getStartMessage() { return startMessage; }
    public void setStartMessage(String startMessage) { this.startMessage = startMessage; }
    public String getReferencePrefix() { return referencePrefix == null ? law.toUpperCase() : referencePrefix; }
    public void setReferencePrefix(String referencePrefix) { this.referencePrefix = referencePrefix; }
}
