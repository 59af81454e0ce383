package nl.toegang.pages.resident;

/** The question whether the resident really wants to withdraw a case, before anything is done. */
public record WithdrawalQuestion(String caseId) {}
