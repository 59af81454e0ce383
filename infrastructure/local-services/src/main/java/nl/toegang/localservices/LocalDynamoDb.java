package nl.toegang.localservices;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Amazon's own DynamoDB engine as a real server on 127.0.0.1, in memory, so the AWS CLI or any
 * SDK can look inside while the platform runs.
 */
public final class LocalDynamoDb implements AutoCloseable {

    /** Credentials DynamoDB Local accepts; it ignores their value. */
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";
    public static final Region REGION = Region.EU_WEST_1;

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private LocalDynamoDb(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /** Starts the server; port 0 picks a free one. */
    public static LocalDynamoDb start(int port) {
        int chosen = port == 0 ? FreePort.find() : port;
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", Integer.toString(chosen), "-disableTelemetry"});
            bindToLoopback(server);
            server.start();
            return new LocalDynamoDb(server, URI.create("http://127.0.0.1:" + chosen));
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + chosen + ": " + e.getMessage(), e);
        }
    }

    /**
     * DynamoDB Local has no option for the address it listens on and takes every interface. The
     * local tables hold (test) personal data, so the server's connector is set to 127.0.0.1
     * before it starts. Reaching into the private Jetty server is the only way in 2.6.1.
     */
    private static void bindToLoopback(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
        java.lang.reflect.Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        org.eclipse.jetty.server.Server jetty = (org.eclipse.jetty.server.Server) field.get(proxy);
        for (org.eclipse.jetty.server.Connector connector : jetty.getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.ServerConnector serverConnector) {
                serverConnector.setHost("127.0.0.1");
            }
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public DynamoDbClient client() {
        return clientFor(endpoint);
    }

    public static DynamoDbClient clientFor(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Creates every table of template.yaml that does not exist yet. */
    public static void createTables(DynamoDbClient client, List<TableDefinitions.Table> tables) {
        for (TableDefinitions.Table table : tables) {
            try {
                client.createTable(table.createRequest());
            } catch (ResourceInUseException alreadyThere) {
                continue;
            }
            if (table.ttlAttribute() != null) {
                client.updateTimeToLive(UpdateTimeToLiveRequest.builder()
                        .tableName(table.name())
                        .timeToLiveSpecification(TimeToLiveSpecification.builder()
                                .attributeName(table.ttlAttribute())
                                .enabled(true)
                                .build())
                        .build());
            }
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }
}
