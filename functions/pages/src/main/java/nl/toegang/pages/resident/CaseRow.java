package nl.toegang.pages.resident;

/**
 * A row of "Mijn aanvragen": the case number, when it was sent, for whom and its status, in words.
 *
 * @param forWhom "Uzelf", or the name of the person helped when that is someone else
 * @param partOf for a part of a split request, which request and team it belongs to, in words; else null
 */
public record CaseRow(String caseId, String submitted, String status, String forWhom, String partOf) {}
