package nl.toegang.pages.households;

import java.util.List;
import nl.toegang.pages.caseworker.Choice;

/**
 * The worker's plan page: the plan, the family's reactions, and forms to add a goal, an action and the review date.
 *
 * @param version the plan's version, sent back with every form so a change in between is noticed
 * @param notice a message at the top (saved, or someone else changed the plan); null for none
 * @param error the message of the form that was refused; null when nothing is wrong
 */
public record PlanPage(String householdId, PlanView plan, long version, List<Choice> members, List<Choice> laws,
        List<Choice> doerKinds, String reviewDateValue, String notice, String error, String mdoHref) {}
