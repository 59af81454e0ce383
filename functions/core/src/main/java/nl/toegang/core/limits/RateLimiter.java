package nl.toegang.core.limits;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import nl.toegang.core.storage.TableNames;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Counts actions per person in fixed windows, in DynamoDB: every Lambda instance has its own
 * memory, so only a shared counter holds the limit whatever instance a request reaches. The
 * count goes up with one conditional write that refuses once the window is full, so of any
 * number of simultaneous requests exactly the limit get through.
 */
@Singleton
public class RateLimiter {

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public RateLimiter(DynamoDbClient dynamo, TableNames tables) {
        this(dynamo, tables, Clock.systemUTC());
    }

    RateLimiter(DynamoDbClient dynamo, TableNames tables, Clock clock) {
        this.dynamo = dynamo;
        this.table = tables.getRateLimits();
        this.clock = clock;
    }

    /**
     * Counts one action by {@code who}, or refuses it when the current window is full.
     *
     * @throws TooManyRequestsException with the seconds until the window ends
     */
    public void acquire(RateLimitSettings rule, String who) {
        Instant now = clock.instant();
        long windowSeconds = Math.max(1, rule.getWindow().toSeconds());
        long window = now.getEpochSecond() / windowSeconds;
        Instant windowEnd = Instant.ofEpochSecond((window + 1) * windowSeconds);
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(Map.of("counterId", AttributeValue.fromS(rule.bucket() + "#" + hashed(who) + "#" + window)))
                    .updateExpression("ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expires)")
                    .conditionExpression("attribute_not_exists(#count) OR #count < :limit")
                    .expressionAttributeNames(Map.of("#count", "count"))
                    .expressionAttributeValues(Map.of(
                            ":one", AttributeValue.fromN("1"),
                            ":limit", AttributeValue.fromN(Integer.toString(rule.getLimit())),
                            // TTL removes the counter some time after its window; it is never read again.
                            ":expires", AttributeValue.fromN(Long.toString(windowEnd.getEpochSecond()))))
                    .build());
        } catch (ConditionalCheckFailedException full) {
            long wait = Math.max(1, Duration.between(now, windowEnd).toSeconds());
            throw new TooManyRequestsException(windowEnd, wait);
        }
    }

    /** Who it is (a subject or an address) is kept out of the table: only a digest is stored. */
    private static String hashed(String who) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(who.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
