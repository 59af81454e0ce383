package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;

/**
 * A team lead gives a task to a colleague of the team.
 *
 * @param seen the holder's id as the lead sees it now ("" when open): sent back, so a change in
 *     between is noticed instead of overwritten
 * @param error the message next to the field; null when nothing is wrong
 * @param errorSummary null when nothing is wrong
 */
public record AssignPage(String taskId, String task, String client, String caseId, String holder, String seen,
        List<Choice> colleagues, String error, ErrorSummary errorSummary, String returnTo, String backHref) {}
