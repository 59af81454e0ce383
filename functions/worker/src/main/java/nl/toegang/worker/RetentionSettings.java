package nl.toegang.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** How long a closed case is kept before DynamoDB's TTL removes it. */
@ConfigurationProperties("toegang.retention")
public class RetentionSettings {
    // Placeholder (7 years) until the municipality's selection list (Archiefwet) is applied per product.
    private Duration afterClose = Duration.ofDays(2555);

    public Duration getAfterClose() { return afterClose; }
    public void setAfterClose(Duration afterClose) { this.afterClose = afterClose; }
}
