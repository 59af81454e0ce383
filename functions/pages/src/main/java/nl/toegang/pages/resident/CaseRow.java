package nl.toegang.pages.resident;

/** A row of "Mijn aanvragen": the case number, when it was sent and its status, in words. */
public record CaseRow(String caseId, String submitted, String status) {}
