package nl.toegang.localservices;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.localidp.LocalIdentityProvider;
import nl.toegang.localidp.LocalIdpSettings;

/**
 * The services the platform needs around it, started on this machine: DynamoDB (DynamoDB Local,
 * unless AWS_ENDPOINT_URL points elsewhere, e.g. LocalStack), the embedded Zeebe engine and the
 * local OpenID Connect provider. Used by the local runtime and by tests, so both run the same way.
 */
public final class LocalServices implements AutoCloseable {

    /** Ports to listen on; 0 picks a free one. */
    public record Ports(int dynamoDb, int zeebe, int identityProvider, int s3) {
        /** The S3 server on a free port. */
        public Ports(int dynamoDb, int zeebe, int identityProvider) {
            this(dynamoDb, zeebe, identityProvider, 0);
        }

        public static Ports random() {
            return new Ports(0, 0, 0, 0);
        }
    }

    /** The bucket of the documents residents upload; in AWS the stack's DocumentsBucket. */
    public static final String DOCUMENTS_BUCKET = "toegang-documents";

    private final LocalDynamoDb dynamo;
    private final URI dynamoEndpoint;
    private final LocalZeebe zeebe;
    private final LocalIdentityProvider idp;
    private final LocalS3 s3;
    private final URI s3Endpoint;

    private LocalServices(LocalDynamoDb dynamo, URI dynamoEndpoint, LocalS3 s3, URI s3Endpoint, LocalZeebe zeebe,
            LocalIdentityProvider idp) {
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.dynamo = dynamo;
        this.dynamoEndpoint = dynamoEndpoint;
        this.zeebe = zeebe;
        this.idp = idp;
    }

    private static LocalServices shared;

    /**
     * One set of services for every test class in a JVM: starting DynamoDB Local and Zeebe takes
     * seconds, and tests keep apart by using their own case ids and personas.
     */
    public static synchronized LocalServices shared() {
        if (shared == null) {
            shared = start(Ports.random());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-services-shutdown"));
        }
        return shared;
    }

    public static LocalServices start(Ports ports) {
        String external = System.getenv("AWS_ENDPOINT_URL");
        LocalDynamoDb dynamo = null;
        URI endpoint;
        if (external != null && !external.isBlank()) {
            endpoint = URI.create(external);
        } else {
            dynamo = LocalDynamoDb.start(ports.dynamoDb());
            endpoint = dynamo.endpoint();
            pointAwsClientsAt(endpoint);
        }
        try (var client = LocalDynamoDb.clientFor(endpoint)) {
            LocalDynamoDb.createTables(client, TableDefinitions.fromBundledTemplate());
        }
        // LocalStack (AWS_ENDPOINT_URL) serves S3 as well; otherwise an S3 server in this JVM.
        LocalS3 s3 = null;
        URI s3Endpoint = endpoint;
        if (dynamo != null) {
            s3 = LocalS3.start(ports.s3());
            s3Endpoint = s3.endpoint();
            System.setProperty("aws.endpointUrlS3", s3Endpoint.toString());
        }
        try (var client = LocalS3.clientFor(s3Endpoint)) {
            LocalS3.createBucket(client, DOCUMENTS_BUCKET);
        }
        LocalZeebe zeebe = LocalZeebe.start(ports.zeebe());
        LocalIdentityProvider idp = LocalIdentityProvider.start(LocalIdpSettings.defaults("127.0.0.1", ports.identityProvider()));
        return new LocalServices(dynamo, endpoint, s3, s3Endpoint, zeebe, idp);
    }

    /**
     * The AWS SDK reads these standard settings itself, so the functions' code has no local
     * switch: the same client builder talks to AWS, LocalStack or DynamoDB Local.
     */
    private static void pointAwsClientsAt(URI endpoint) {
        System.setProperty("aws.endpointUrl", endpoint.toString());
        setIfAbsent("aws.region", "AWS_REGION", LocalDynamoDb.REGION.id());
        setIfAbsent("aws.accessKeyId", "AWS_ACCESS_KEY_ID", LocalDynamoDb.ACCESS_KEY);
        setIfAbsent("aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY", LocalDynamoDb.SECRET_KEY);
    }

    private static void setIfAbsent(String property, String environment, String value) {
        if (System.getProperty(property) == null && System.getenv(environment) == null) {
            System.setProperty(property, value);
        }
    }

    /** The platform's login callback (functions/auth AuthController), below its address. */
    private static final String CALLBACK_PATH = "/auth/callback";

    /**
     * Lets the local identity provider send sign-ins back to the platform on this port, and to no
     * other address. Called once the platform's HTTP server has its (possibly random) port.
     */
    public void registerPlatform(int httpPort) {
        for (String host : List.of("127.0.0.1", "localhost")) {
            String base = "http://" + host + ":" + httpPort;
            idp.registerRedirectUri(base + CALLBACK_PATH);
            idp.registerPostLogoutRedirectUri(base + "/");
        }
    }

    /** Configuration for the functions' application context. */
    public Map<String, Object> applicationProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("toegang.zeebe.grpc-address", zeebe.grpcAddress());
        p.put("toegang.auth.issuer", idp.issuer());
        p.put("toegang.auth.client-secret", idp.settings().clientSecret());
        // Tests and people trying the platform act as a few personas from one address, many
        // times an hour. The limits themselves are tested with small settings of their own.
        p.put("toegang.rate-limits.submissions.limit", 1000);
        p.put("toegang.rate-limits.logins.limit", 1000);
        p.put("toegang.documents.bucket", DOCUMENTS_BUCKET);
        return p;
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    /** The S3 server the documents are stored in. */
    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public LocalZeebe zeebe() {
        return zeebe;
    }

    public LocalIdentityProvider identityProvider() {
        return idp;
    }

    @Override
    public void close() {
        idp.close();
        zeebe.close();
        if (s3 != null) {
            s3.close();
        }
        if (dynamo != null) {
            dynamo.close();
        }
    }
}
