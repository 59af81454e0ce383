package nl.toegang.pages.households;

/**
 * A member's plan page: the goals they may see, and a form to react.
 *
 * @param notice "your reaction is saved"; null for none
 * @param error what is wrong with the reaction; null when nothing is
 */
public record MyPlanPage(PlanView plan, String notice, String error, String text) {}
