package nl.toegang.core.cases;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.List;

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
    private List<String> submittedBy = List.of("self", "representative", "loket");
    private List<String> shownTo = List.of("sender", "client");

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

    /**
     * Who may send this form ({@code submitted-by}): {@code self}, {@code representative},
     * {@code loket}, {@code referrer}, {@code signaller}.
     */
    public List<String> getSubmittedBy() { return submittedBy; }
    public void setSubmittedBy(List<String> submittedBy) { this.submittedBy = List.copyOf(submittedBy); }
    public boolean maySubmit(CaseSender.Kind kind) { return submittedBy.contains(kind.configName()); }

    /**
     * Which residents see the cases of this form on their page ({@code shown-to}): {@code sender}
     * (the resident or representative who sent it) and {@code client} (the person it is about, and
     * whoever acts for them). A signal form says {@code []}: whoever raised it never sees it.
     * Referrers and signallers never see a case, whatever this says.
     */
    public List<String> getShownTo() { return shownTo; }
    public void setShownTo(List<String> shownTo) { this.shownTo = List.copyOf(shownTo); }
    public boolean shownToSender() { return shownTo.contains("sender"); }
    public boolean shownToClient() { return shownTo.contains("client"); }
}
