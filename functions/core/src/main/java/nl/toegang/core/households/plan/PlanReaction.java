package nl.toegang.core.households.plan;

import java.time.Instant;

/**
 * What a member (or someone acting for one) said about the plan; the workers see it on the plan page.
 *
 * @param by subject of who wrote it
 */
public record PlanReaction(String reactionId, String householdId, String text, String by, String byName, Instant at) {}
