package nl.toegang.core.clock;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.toegang.core.web.Dates;

/**
 * The platform's "now" for what counts in days (the notice of default, the penalty). The system
 * clock, in Dutch time; tests that move the engine's clock move this one with it ({@link #advance}),
 * so "fourteen days later" is the same day for the process and the pages.
 */
@Singleton
public class PlatformClock {

    private volatile Clock clock = Clock.system(Dates.AMSTERDAM);

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return TermCounting.dayOf(now());
    }

    /** Moves the platform's time forward; only tests do this. */
    public void advance(Duration by) {
        clock = Clock.offset(clock, by);
    }
}
