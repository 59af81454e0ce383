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
}
