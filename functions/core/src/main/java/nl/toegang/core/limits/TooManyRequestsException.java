package nl.toegang.core.limits;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.ProblemException;

/** Refused because the person did this too often; try again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends ProblemException {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Dates.AMSTERDAM);

    private final long retryAfterSeconds;

    /** @param until when the person may try again, shown as a Dutch clock time */
    public TooManyRequestsException(Instant until, long retryAfterSeconds) {
        super(429, "rateLimit.wait", CLOCK_TIME.format(until));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
