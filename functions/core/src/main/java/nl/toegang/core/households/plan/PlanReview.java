package nl.toegang.core.households.plan;

import io.camunda.client.CamundaClient;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import nl.toegang.core.households.Household;

/**
 * Tells the engine the plan's evaluation date (process {@code plan-evaluatie}). One message does
 * both: it starts the process when none runs for the household, and moves the waiting timer when one
 * does. It is not kept waiting (time to live zero): a date set while the engine is away is sent
 * again with the next change, and the plan page says the task is not planned yet.
 */
@Singleton
public class PlanReview {

    public static final String MESSAGE = "plan-evaluatiedatum-gezet";
    /** The coordination went to another team: a waiting or open review goes with it; it starts nothing. */
    public static final String TEAM_CHANGED = "plan-team-gewijzigd";

    private final CamundaClient camunda;

    public PlanReview(CamundaClient camunda) {
        this.camunda = camunda;
    }

    /** @return false when the engine could not be reached */
    public boolean schedule(Household household, Plan plan, String team) {
        try {
            camunda.newPublishMessageCommand()
                    .messageName(MESSAGE)
                    .correlationKey(household.householdId())
                    .messageId(MESSAGE + ":" + household.householdId() + ":" + plan.version())
                    .timeToLive(Duration.ZERO)
                    .variables(Map.of(
                            "householdId", household.householdId(),
                            // The task projector and the werkbak key tasks by caseId; a household task carries the household id.
                            "caseId", household.householdId(),
                            "evaluatieDatum", plan.reviewDate().toString(),
                            "team", team))
                    .send()
                    .join();
            return true;
        } catch (RuntimeException engineAway) {
            return false;
        }
    }

    /**
     * Gives the household's review to the coordinator's new team: the waiting timer starts again on
     * the same date for that team, and an open review task moves to it. Without a review waiting
     * (no date, or reviewed already) the message finds nothing and is dropped.
     *
     * @return false when the engine could not be reached (the review stays with the old team)
     */
    public boolean teamChanged(Household household, String team) {
        try {
            camunda.newPublishMessageCommand()
                    .messageName(TEAM_CHANGED)
                    .correlationKey(household.householdId())
                    .messageId(TEAM_CHANGED + ":" + household.householdId() + ":" + household.version())
                    .timeToLive(Duration.ZERO)
                    .variables(Map.of("team", team))
                    .send()
                    .join();
            return true;
        } catch (RuntimeException engineAway) {
            return false;
        }
    }
}
