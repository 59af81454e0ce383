package nl.toegang.core.drafts;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How long an unfinished form is kept after it was last saved: {@code toegang.drafts.retention-days}
 * (in AWS TOEGANG_DRAFTS_RETENTION_DAYS).
 */
@ConfigurationProperties("toegang.drafts")
public class DraftSettings {
    private int retentionDays = 30;

    public int getRetentionDays() { return retentionDays; }
    public void setRetentionDays(int retentionDays) { this.retentionDays = retentionDays; }

    public Duration retention() {
        return Duration.ofDays(retentionDays);
    }
}
