package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.households.HouseholdTaskPanel;

/**
 * A task page: what the task is about and what the case worker can do now.
 *
 * @param notice why the form is not shown, or that the task is being completed; null otherwise
 * @param claimable the task is open: it can be picked up
 * @param fields the task's form from toegang-forms' renderer; null when the form is not shown
 * @param errorSummary null when nothing is wrong
 * @param releasable the holder can hand it back to the team
 * @param review for the approval of a beschikking: the draft and the verslag it approves; null otherwise
 * @param assignHref where a team lead gives it to a colleague; null for everyone else
 * @param file the case file; null for a household's task
 * @param household for a household's task (the plan's review) the household instead of a case file; null otherwise
 */
public record TaskView(String taskId, String caseId, String team, String due, String notice, boolean claimable,
        ErrorSummary errorSummary, List<FormFieldView> fields, boolean releasable, ReviewView review, CaseFileView file,
        String assignHref, HouseholdTaskPanel household) {}
