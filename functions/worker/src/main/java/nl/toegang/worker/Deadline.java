package nl.toegang.worker;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How much time a run has left: the Lambda's own budget in AWS, a clock in tests. */
@FunctionalInterface
public interface Deadline {

    Duration remaining();

    static Deadline of(Context lambda) {
        return () -> Duration.ofMillis(lambda.getRemainingTimeInMillis());
    }

    static Deadline at(Instant end, Clock clock) {
        return () -> Duration.between(clock.instant(), end);
    }

    static Deadline in(Duration duration) {
        return at(Instant.now().plus(duration), Clock.systemUTC());
    }
}
