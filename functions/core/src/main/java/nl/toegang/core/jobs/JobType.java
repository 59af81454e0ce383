package nl.toegang.core.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every service-task type a BPMN model may use. The worker has exactly one handler per constant
 * (a test checks this); a deployment that names any other type is refused before it reaches the
 * engine, so no process can wait forever for a handler that does not exist.
 */
public enum JobType {
    CASE_STATUS("toegang.case-status"),
    LETTER("toegang.letter"),
    NOTIFY_RESIDENT("toegang.notify-resident"),
    CLOSE_CASE("toegang.close-case"),
    WITHDRAW_CASE("toegang.withdraw-case"),
    START_PARTS("toegang.start-parts"),
    /** Records the doorbraakfunctionaris's decision on a doorbraak in the household (Doorbraken). */
    DOORBRAAK_DECISION("toegang.doorbraak-besluit"),
    /**
     * Starts the decision term in the case's clock ({@code CaseClocks}); header {@code stap}, inputs
     * {@code termijn} (ISO period), {@code termijnBron} (article and law), {@code termijnStart} (the
     * moment the term counts from); returns {@code beschikkingDeadline} and {@code termijnStaatStilTot}.
     */
    TERM_START("toegang.termijn-starten"),
    /** Records the outcome of an objection in the history of the decided case (Objections). */
    OBJECTION_OUTCOME("toegang.bezwaar-uitkomst"),
    /**
     * The penalty for not deciding in time as it stands (Awb 4:17, {@code DefaultNotices}): returns
     * {@code dwangsomDagen}, {@code dwangsomBedrag} and {@code dwangsomVaststellenVoor} (Awb 4:18).
     */
    PENALTY_SETTLEMENT("toegang.dwangsom-berekenen");

    /** The type Zeebe gives job-based user tasks; the worker projects these into the tasks table. */
    public static final String USER_TASK = "io.camunda.zeebe:userTask";

    private final String type;

    JobType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** Every job type a worker opens: the service-task types and the user tasks. */
    public static List<String> workerTypes() {
        List<String> types = new ArrayList<>();
        for (JobType type : values()) {
            types.add(type.type);
        }
        types.add(USER_TASK);
        return List.copyOf(types);
    }

    public static Optional<JobType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
