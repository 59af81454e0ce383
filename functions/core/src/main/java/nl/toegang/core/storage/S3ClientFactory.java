package nl.toegang.core.storage;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.stream.Stream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

@Factory
public class S3ClientFactory {

    /**
     * Like the DynamoDB client, region, credentials and endpoint come from the SDK's standard chain:
     * AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL (LocalStack, the local S3 server) works without code.
     * A server at such an address is reached by path ({@code host/bucket/key}): it has no DNS name per
     * bucket. Checksums only where S3 requires them: the local server reads no checksum trailers.
     */
    @Singleton
    S3Client s3Client() {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle(endpointConfigured())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    private static boolean endpointConfigured() {
        return Stream.of(System.getProperty("aws.endpointUrlS3"), System.getProperty("aws.endpointUrl"),
                        System.getenv("AWS_ENDPOINT_URL_S3"), System.getenv("AWS_ENDPOINT_URL"))
                .anyMatch(v -> v != null && !v.isBlank());
    }
}
