package nl.toegang.worker;

/**
 * A job that cannot be done as modelled. The message goes to Zeebe as the job's error message and,
 * once the retries are used up, shows in the incident an administrator resolves; so it says what
 * is wrong and where.
 */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String message) {
        super(message);
    }

    public JobFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
