package nl.toegang.core.limits;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How often one person may do something: at most {@code limit} times per {@code window}. Set in
 * application.yml under {@code toegang.rate-limits}, or in AWS through the environment
 * (TOEGANG_RATE_LIMITS_SUBMISSIONS_LIMIT, ...).
 */
public abstract class RateLimitSettings {
    private int limit;
    private Duration window;

    protected RateLimitSettings(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** The bucket's name in the table, so two kinds of action never share a counter. */
    public abstract String bucket();

    public int getLimit() { return limit; }
    public void setLimit(int limit) { this.limit = limit; }
    public Duration getWindow() { return window; }
    public void setWindow(Duration window) { this.window = window; }

    /** Meldingen and other forms a resident sends, per resident. */
    @ConfigurationProperties("toegang.rate-limits.submissions")
    public static class Submissions extends RateLimitSettings {
        public Submissions() {
            super(10, Duration.ofMinutes(10));
        }

        @Override
        public String bucket() {
            return "submissions";
        }
    }

    /**
     * Logins started, per client address: before the login nobody is known yet. Generous,
     * because a town hall or a library puts many people behind one address.
     */
    @ConfigurationProperties("toegang.rate-limits.logins")
    public static class Logins extends RateLimitSettings {
        public Logins() {
            super(300, Duration.ofMinutes(10));
        }

        @Override
        public String bucket() {
            return "logins";
        }
    }
}
