package nl.toegang.auth;

/** A token that must not be trusted; {@link #getMessage()} is a short reason such as {@code expired}. */
public class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String reason) {
        super(reason);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
