package nl.toegang.core.storage;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Table names; in AWS they come from the template's environment (TOEGANG_TABLES_CASES ...). */
@ConfigurationProperties("toegang.tables")
public class TableNames {
    private String cases = "toegang-cases";
    private String caseEvents = "toegang-case-events";
    private String tasks = "toegang-tasks";
    private String definitions = "toegang-definitions";
    private String rateLimits = "toegang-rate-limits";
    private String staff = "toegang-staff";
    private String drafts = "toegang-drafts";
    private String households = "toegang-households";

    public String getCases() { return cases; }
    public void setCases(String cases) { this.cases = cases; }
    public String getCaseEvents() { return caseEvents; }
    public void setCaseEvents(String caseEvents) { this.caseEvents = caseEvents; }
    public String getTasks() { return tasks; }
    public void setTasks(String tasks) { this.tasks = tasks; }
    public String getDefinitions() { return definitions; }
    public void setDefinitions(String definitions) { this.definitions = definitions; }
    public String getRateLimits() { return rateLimits; }
    public void setRateLimits(String rateLimits) { this.rateLimits = rateLimits; }
    public String getStaff() { return staff; }
    public void setStaff(String staff) { this.staff = staff; }
    public String getDrafts() { return drafts; }
    public void setDrafts(String drafts) { this.drafts = drafts; }
    public String getHouseholds() { return households; }
    public void setHouseholds(String households) { this.households = households; }
}
