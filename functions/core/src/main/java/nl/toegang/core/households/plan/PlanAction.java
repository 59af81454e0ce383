package nl.toegang.core.households.plan;

import java.time.LocalDate;

/**
 * Something someone does for a goal, by a date.
 *
 * @param fromMdo the MDO whose agreement this action came from; null when written on the plan
 */
public record PlanAction(String actionId, String what, ActionDoer doer, LocalDate due, String fromMdo) {}
