package nl.toegang.localservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

class LocalS3Test {

    @Test
    void keepsWhatIsStoredInABucketOnLoopbackOnly() throws Exception {
        try (LocalS3 s3 = LocalS3.start(0); S3Client client = LocalS3.clientFor(s3.endpoint())) {
            assertThat(ListeningSockets.onlyOnLoopback(s3.endpoint().getPort())).isTrue();
            LocalS3.createBucket(client, "proef");
            LocalS3.createBucket(client, "proef"); // a second start must not fail

            client.putObject(b -> b.bucket("proef").key("zaak/1").contentType("application/pdf"),
                    RequestBody.fromString("%PDF-1.7 inhoud", StandardCharsets.UTF_8));

            var read = client.getObjectAsBytes(b -> b.bucket("proef").key("zaak/1"));
            assertThat(read.asUtf8String()).isEqualTo("%PDF-1.7 inhoud");
            assertThat(read.response().contentType()).isEqualTo("application/pdf");
        }
    }

    @Test
    void theSdkFindsTheServerThroughItsStandardSettingForS3Only() {
        try (LocalS3 s3 = LocalS3.start(0)) {
            String before = System.getProperty("aws.endpointUrlS3");
            System.setProperty("aws.endpointUrlS3", s3.endpoint().toString());
            try (S3Client client = S3Client.builder()
                    .region(LocalDynamoDb.REGION)
                    .forcePathStyle(true)
                    .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                            LocalDynamoDb.ACCESS_KEY, LocalDynamoDb.SECRET_KEY))
                    .httpClient(UrlConnectionHttpClient.create())
                    .build()) {
                LocalS3.createBucket(client, "standaard");
                assertThat(client.listBuckets().buckets()).extracting(b -> b.name()).contains("standaard");
            } finally {
                if (before == null) {
                    System.clearProperty("aws.endpointUrlS3");
                } else {
                    System.setProperty("aws.endpointUrlS3", before);
                }
            }
        }
    }
}
