package nl.toegang.core.cases;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * A part a request can be split into: the law, the route's start message, the reference prefix
 * of its case and the team that works on it. Configured under {@code toegang.parts.<part>}
 * (application.yml, and a municipality's own file), so a new part needs no code.
 */
@EachProperty("toegang.parts")
public class PartSettings {
    private final String part;
    private String law;
    private String startMessage;
    private String referencePrefix;
    private String team;
    private String questionField;

    public PartSettings(@Parameter String part) {
        this.part = part;
    }

    public String getPart() { return part; }
    public String getLaw() { return law; }
    public void setLaw(String law) { this.law = law; }
    public String getStartMessage() { return startMessage; }
    public void setStartMessage(String startMessage) { this.startMessage = startMessage; }
    public String getReferencePrefix() { return referencePrefix == null ? law.toUpperCase() : referencePrefix; }
    public void setReferencePrefix(String referencePrefix) { this.referencePrefix = referencePrefix; }
    /** The team ({@code toegang.teams.<team>}) whose name the resident sees for this part. */
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    /** The field of form vraag-verdelen that holds this part's question in the worker's words. */
    public String getQuestionField() { return questionField; }
    public void setQuestionField(String questionField) { this.questionField = questionField; }
}
