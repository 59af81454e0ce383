package nl.toegang.worker;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** How the local job dispatcher holds its jobs; see docs/adr/0012-job-capacity.md. */
@ConfigurationProperties("toegang.worker")
public class WorkerSettings {
    /**
     * After this Zeebe hands a service-task job out again. A job runs in well under a second, but
     * a streamed job may wait in the client for a free place (toegang.zeebe.jobs-active-per-worker)
     * during a burst; the timeout has to be longer than that wait, or the job runs twice.
     */
    private Duration serviceTaskTimeout = Duration.ofMinutes(5);

    public Duration getServiceTaskTimeout() { return serviceTaskTimeout; }
    public void setServiceTaskTimeout(Duration serviceTaskTimeout) { this.serviceTaskTimeout = serviceTaskTimeout; }
}
