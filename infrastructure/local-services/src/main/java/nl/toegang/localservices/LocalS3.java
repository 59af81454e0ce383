package nl.toegang.localservices;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;

/**
 * An S3-compatible server (S3Proxy over an in-memory blob store) on 127.0.0.1, in this JVM, for
 * the documents residents upload. Like DynamoDB Local it keeps nothing after a stop. It checks
 * AWS signature v4 with the same local credentials, so the platform's client signs as against AWS.
 */
public final class LocalS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStoreContext store;
    private final URI endpoint;

    private LocalS3(S3Proxy proxy, BlobStoreContext store, URI endpoint) {
        this.proxy = proxy;
        this.store = store;
        this.endpoint = endpoint;
    }

    /** Starts the server; port 0 picks a free one. */
    public static LocalS3 start(int port) {
        int chosen = port == 0 ? FreePort.find() : port;
        URI endpoint = URI.create("http://127.0.0.1:" + chosen);
        // By its metadata, not its name: a look-up by name would load every provider the jar lists (Azure too).
        BlobStoreContext store = ContextBuilder.newBuilder(new TransientApiMetadata())
                .credentials(LocalDynamoDb.ACCESS_KEY, LocalDynamoDb.SECRET_KEY)
                .overrides(regions())
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store.getBlobStore())
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalDynamoDb.ACCESS_KEY, LocalDynamoDb.SECRET_KEY)
                .build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            store.close();
            throw new IllegalStateException("The local S3 server did not start on port " + chosen + ": " + e.getMessage(), e);
        }
        return new LocalS3(proxy, store, endpoint);
    }

    /** The SDK asks for its region as the bucket's location; the in-memory store knows only the regions it is given. */
    private static Properties regions() {
        Properties p = new Properties();
        p.setProperty("jclouds.regions", LocalDynamoDb.REGION.id());
        return p;
    }

    public URI endpoint() {
        return endpoint;
    }

    public static S3Client clientFor(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(LocalDynamoDb.REGION)
                .forcePathStyle(true)
                // S3Proxy reads no checksum trailers (the SDK's default since 2.30); the platform's client does the same.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LocalDynamoDb.ACCESS_KEY, LocalDynamoDb.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Creates the bucket when it is not there yet; a second start does not fail. */
    public static void createBucket(S3Client client, String bucket) {
        try {
            client.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException alreadyThere) {
            // kept from an earlier start of the same services
        }
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The local S3 server did not stop cleanly", e);
        } finally {
            store.close();
        }
    }
}
