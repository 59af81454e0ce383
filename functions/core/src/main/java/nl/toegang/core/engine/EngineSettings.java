package nl.toegang.core.engine;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How to reach Zeebe. Locally only {@code grpc-address} is set. In AWS the connection comes from
 * the secret named by CAMUNDA_CREDENTIALS_SECRET (see {@link CamundaClientFactory}).
 */
@ConfigurationProperties("toegang.zeebe")
public class EngineSettings {
    private String grpcAddress;
    private Duration requestTimeout = Duration.ofSeconds(10);
    /**
     * How many jobs of one type a job worker holds at once; more wait in the engine, where no
     * timeout runs. See docs/adr/0012-job-capacity.md.
     */
    private int jobsActivePerWorker = 16;

    public String getGrpcAddress() { return grpcAddress; }
    public void setGrpcAddress(String grpcAddress) { this.grpcAddress = grpcAddress; }
    public Duration getRequestTimeout() { return requestTimeout; }
    public void setRequestTimeout(Duration requestTimeout) { this.requestTimeout = requestTimeout; }
    public int getJobsActivePerWorker() { return jobsActivePerWorker; }
    public void setJobsActivePerWorker(int jobsActivePerWorker) { this.jobsActivePerWorker = jobsActivePerWorker; }
}
