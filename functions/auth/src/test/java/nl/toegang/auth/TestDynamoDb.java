package nl.toegang.auth;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.toegang.localservices.LocalDynamoDb;
import nl.toegang.localservices.TableDefinitions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;

/**
 * DynamoDB Local with the tables of template.yaml, one per test JVM, and the client bean that
 * the functions get from toegang-core.
 */
@Factory
class TestDynamoDb {

    static final String ENDPOINT_PROPERTY = "test.dynamodb.endpoint";

    private static LocalDynamoDb dynamo;

    static synchronized URI endpoint() {
        if (dynamo == null) {
            dynamo = LocalDynamoDb.start(0);
            try (DynamoDbClient client = dynamo.client()) {
                LocalDynamoDb.createTables(client, TableDefinitions.fromBundledTemplate());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close, "dynamodb-local-shutdown"));
        }
        return dynamo.endpoint();
    }

    @Singleton
    DynamoDbClient dynamoDbClient(@Value("${" + ENDPOINT_PROPERTY + "}") String endpoint) {
        return LocalDynamoDb.clientFor(URI.create(endpoint));
    }
}
