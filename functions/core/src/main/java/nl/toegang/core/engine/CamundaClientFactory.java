package nl.toegang.core.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import nl.toegang.core.jobs.JobType;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@Factory
public class CamundaClientFactory {

    /** The environment variable that names the Secrets Manager secret with the Camunda connection. */
    public static final String SECRET_VARIABLE = "CAMUNDA_CREDENTIALS_SECRET";

    @Bean(preDestroy = "close")
    @Singleton
    CamundaClient camundaClient(EngineSettings settings, ObjectMapper json) {
        String secretName = System.getenv(SECRET_VARIABLE);
        Map<String, String> connection = secretName == null || secretName.isBlank()
                ? Map.of("grpcAddress", required(settings.getGrpcAddress()))
                : readSecret(secretName, json);
        var builder = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create(connection.get("grpcAddress")))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(settings.getRequestTimeout())
                .defaultJobWorkerMaxJobsActive(settings.getJobsActivePerWorker())
                // A thread for every job the workers may hold, so no activated job waits for a thread
                // while its timeout runs (the client's default is one thread for all workers).
                .numJobWorkerExecutionThreads(settings.getJobsActivePerWorker() * JobType.workerTypes().size());
        if (connection.containsKey("restAddress")) {
            builder.restAddress(URI.create(connection.get("restAddress")));
        }
        // Without credentials the address's http:// scheme means plain gRPC: the local embedded engine.
        if (connection.containsKey("clientId")) {
            builder.credentialsProvider(CredentialsProvider.newCredentialsProviderBuilder()
                    .clientId(connection.get("clientId"))
                    .clientSecret(connection.get("clientSecret"))
                    .audience(connection.getOrDefault("audience", "zeebe-api"))
                    .authorizationServerUrl(connection.get("oauthUrl"))
                    .build());
        }
        return builder.build();
    }

    private static String required(String grpcAddress) {
        if (grpcAddress == null || grpcAddress.isBlank()) {
            throw new IllegalStateException("Set toegang.zeebe.grpc-address (TOEGANG_ZEEBE_GRPC_ADDRESS) or "
                    + SECRET_VARIABLE + " to reach the process engine");
        }
        return grpcAddress;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> readSecret(String secretName, ObjectMapper json) {
        try (SecretsManagerClient secrets = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            String value = secrets.getSecretValue(r -> r.secretId(secretName)).secretString();
            return json.readValue(value, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The secret " + secretName + " is not valid JSON", e);
        }
    }
}
