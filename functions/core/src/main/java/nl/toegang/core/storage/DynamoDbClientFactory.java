package nl.toegang.core.storage;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@Factory
public class DynamoDbClientFactory {

    /**
     * Region, credentials and endpoint come from the SDK's standard chain, so AWS_ENDPOINT_URL
     * (LocalStack, DynamoDB Local) works without code. The URL-connection HTTP client keeps
     * Lambda cold starts short.
     */
    @Singleton
    DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }
}
