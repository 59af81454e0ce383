package nl.toegang.pages.caseworker;

/**
 * One open task in the werkbak; every field already in the reader's words.
 *
 * @param dueState how close the due date is, as the CSS modifier {@code late}, {@code soon}, {@code ok}
 *     or {@code none}; the text {@code dueText} says the same in words, so colour is never all there is
 * @param releaseForm the reader holds the task and can hand it back from the werkbak
 * @param assignHref where a team lead gives this task to a colleague; null for everyone else
 */
public record InboxRow(String taskId, String task, String client, String caseId, String received, String dueDate,
        String dueText, String dueState, boolean urgent, String holder, boolean releaseForm, String assignHref) {

    /** A household's task (its plan's review) carries the household id where a case task has the case id. */
    public String caseHref() {
        return caseId.startsWith("HH-") ? "/werk/huishoudens/" + caseId + "/plan" : "/werk/zaken/" + caseId;
    }
}
