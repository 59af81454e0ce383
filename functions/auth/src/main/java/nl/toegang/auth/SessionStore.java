package nl.toegang.auth;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Browser sessions, kept on the server (docs/adr/0013-server-side-sessions.md). The browser holds
 * only a random session id; the table holds what the principal needs and when the session ends.
 * Signing out deletes the entry, so a copied cookie stops working at once.
 *
 * <p>The table is keyed by a SHA-256 hash of the id, so whoever can read the table still cannot
 * pose as anyone. DynamoDB's TTL removes old entries, but only within a day or two, so the expiry
 * is also checked on every read.
 */
@Singleton
class SessionStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** 32 random bytes in base64url; anything else (such as an old cookie holding a token) is no session. */
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final String KEY = "sessionKey";
    private static final String EXPIRES_AT = "expiresAt";

    private final DynamoDbClient dynamo;
    private final String table;

    SessionStore(DynamoDbClient dynamo, AuthSettings settings) {
        this.dynamo = dynamo;
        this.table = settings.getSessionTable();
    }

    /** Stores a new session for the principal and returns its id, the value for the cookie. */
    String start(Principal principal, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String sessionId = ENCODER.encodeToString(bytes);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(KEY, AttributeValue.fromS(keyOf(sessionId)));
        item.put("subject", AttributeValue.fromS(principal.subject()));
        item.put("name", AttributeValue.fromS(principal.name()));
        item.put("roles", strings(principal.roles()));
        item.put("groups", strings(principal.groups()));
        principal.bsn().ifPresent(bsn -> item.put("bsn", AttributeValue.fromS(bsn)));
        if (!principal.actsFor().isEmpty()) {
            item.put("actsFor", AttributeValue.fromL(principal.actsFor().stream().map(a -> AttributeValue.fromM(Map.of(
                    "bsn", AttributeValue.fromS(a.bsn()), "name", AttributeValue.fromS(a.name()),
                    "basis", AttributeValue.fromS(a.basis()), "reference", AttributeValue.fromS(a.reference())))).toList()));
        }
        principal.organisation().ifPresent(o -> item.put("organisation", AttributeValue.fromS(o)));
        principal.agbCode().ifPresent(a -> item.put("agb", AttributeValue.fromS(a)));
        principal.organisationKind().ifPresent(k -> item.put("organisationKind", AttributeValue.fromS(k)));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
        dynamo.putItem(PutItemRequest.builder()
                .tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(" + KEY + ")")
                .build());
        return sessionId;
    }

    /** The principal of a session that exists and has not expired. */
    Optional<Principal> find(String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            return Optional.empty();
        }
        // Strongly consistent: a read just after sign-out must not see the deleted session.
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Map.of(KEY, AttributeValue.fromS(keyOf(sessionId))))
                .consistentRead(true)
                .build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRES_AT).n()));
        if (!Instant.now().isBefore(expiresAt)) {
            return Optional.empty();
        }
        return Optional.of(new Principal(
                item.get("subject").s(),
                item.get("name").s(),
                Set.copyOf(stringsOf(item.get("roles"))),
                Set.copyOf(stringsOf(item.get("groups"))),
                Optional.ofNullable(item.get("bsn")).map(AttributeValue::s),
                actsForOf(item.get("actsFor")),
                Optional.ofNullable(item.get("organisation")).map(AttributeValue::s),
                Optional.ofNullable(item.get("agb")).map(AttributeValue::s),
                Optional.ofNullable(item.get("organisationKind")).map(AttributeValue::s)));
    }

    private static List<ActsFor> actsForOf(AttributeValue value) {
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(AttributeValue::m).map(m -> new ActsFor(m.get("bsn").s(), m.get("name").s(),
                m.get("basis").s(), m.get("reference").s())).toList();
    }

    /** Ends the session; ending one that is already gone is fine. */
    void end(String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            return;
        }
        dynamo.deleteItem(DeleteItemRequest.builder()
                .tableName(table)
                .key(Map.of(KEY, AttributeValue.fromS(keyOf(sessionId))))
                .build());
    }

    private static String keyOf(String sessionId) {
        try {
            return ENCODER.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    // A list, not a string set: DynamoDB refuses an empty set, and most people have no groups.
    private static AttributeValue strings(Set<String> values) {
        return AttributeValue.fromL(values.stream().sorted().map(AttributeValue::fromS).toList());
    }

    private static List<String> stringsOf(AttributeValue value) {
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }
}
