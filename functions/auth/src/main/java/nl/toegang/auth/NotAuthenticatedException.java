package nl.toegang.auth;

/** Nobody is signed in (or the token was not valid). Answered with 401 or a login redirect. */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException() {
        super("not authenticated");
    }
}
