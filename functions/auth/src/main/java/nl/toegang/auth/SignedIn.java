package nl.toegang.auth;

/**
 * Someone proved who they are: at the end of the sign-in flow (pages) or with a verified bearer
 * token (API). Published as an application event, so modules above this one can learn who works
 * here (the staff directory) without the sign-in depending on them.
 */
public record SignedIn(Principal principal) {}
