package nl.toegang.auth;

/**
 * The identity provider could not be reached, so no token can be checked right now.
 * Kept apart from {@link InvalidTokenException}: an outage must not sign people out.
 */
public class IdentityProviderUnavailableException extends RuntimeException {
    public IdentityProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public IdentityProviderUnavailableException(String message) {
        super(message);
    }
}
