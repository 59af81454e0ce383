package nl.toegang.auth;

/** Signed in, but not allowed. Answered with 403. The message is for logs, not for residents. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String reason) {
        super(reason);
    }
}
