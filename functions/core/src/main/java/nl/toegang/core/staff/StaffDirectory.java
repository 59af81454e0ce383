package nl.toegang.core.staff;

import static nl.toegang.core.storage.AttributeValues.s;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.toegang.auth.Principal;
import nl.toegang.auth.SignedIn;
import nl.toegang.core.storage.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The members of each team, as staff signed in (docs/adr/0016-team-members-and-assignment.md).
 * The identity provider tells us someone's groups only in their own token, so a team lead can
 * choose among colleagues who signed in at least once within {@code toegang.staff.forget-after}.
 * One item per membership ({@code team} = the group, {@code memberId}); the index {@code by-member}
 * finds someone's memberships to drop the groups they have left.
 */
@Singleton
public class StaffDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(StaffDirectory.class);
    private static final String CASEWORKER_ROLE = "caseworker";
    // A bearer token signs in on every request; writing once in a while is enough to stay known.
    private static final Duration RECORD_AT_MOST_EVERY = Duration.ofMinutes(10);

    private final DynamoDbClient dynamo;
    private final String table;
    private final StaffSettings settings;
    private final Map<String, Recorded> recentlyRecorded = new ConcurrentHashMap<>();

    public StaffDirectory(DynamoDbClient dynamo, TableNames tables, StaffSettings settings) {
        this.dynamo = dynamo;
        this.table = tables.getStaff();
        this.settings = settings;
    }

    private record Recorded(String fingerprint, Instant at) {}

    @EventListener
    void onSignedIn(SignedIn signedIn) {
        Principal p = signedIn.principal();
        if (!p.hasRole(CASEWORKER_ROLE)) {
            return;
        }
        String fingerprint = p.name() + "|" + new TreeSet<>(p.groups());
        Recorded last = recentlyRecorded.get(p.subject());
        if (last != null && last.fingerprint().equals(fingerprint)
                && last.at().isAfter(Instant.now().minus(RECORD_AT_MOST_EVERY))) {
            return;
        }
        try {
            record(p);
            recentlyRecorded.put(p.subject(), new Recorded(fingerprint, Instant.now()));
        } catch (SdkException e) {
            // Signing in must not fail because of this list; the next sign-in records them.
            LOG.warn("Could not record staff member {} in the staff directory", p.subject(), e);
        }
    }

    /** Records a case worker as a member of each of their groups, and as no longer a member of any other. */
    public void record(Principal staff) {
        if (!staff.hasRole(CASEWORKER_ROLE)) {
            return;
        }
        Instant now = Instant.now();
        String expiresAt = Long.toString(now.plus(settings.getForgetAfter()).getEpochSecond());
        for (String group : staff.groups()) {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(Map.of(
                    "team", s(group), "memberId", s(staff.subject()), "name", s(staff.name()),
                    "seenAt", s(now.toString()), "expiresAt", AttributeValue.fromN(expiresAt))).build());
        }
        for (String group : groupsOnRecord(staff.subject())) {
            if (!staff.groups().contains(group)) {
                dynamo.deleteItem(DeleteItemRequest.builder().tableName(table)
                        .key(Map.of("team", s(group), "memberId", s(staff.subject()))).build());
            }
        }
    }

    /** Everyone on record in a group, by name. */
    public List<StaffMember> members(String group) {
        String now = Long.toString(Instant.now().getEpochSecond());
        return dynamo.queryPaginator(QueryRequest.builder().tableName(table)
                        .keyConditionExpression("#team = :team")
                        // TTL removes expired items only within a day or two.
                        .filterExpression("#expires > :now")
                        .expressionAttributeNames(Map.of("#team", "team", "#expires", "expiresAt"))
                        .expressionAttributeValues(Map.of(":team", s(group), ":now", AttributeValue.fromN(now)))
                        .build())
                .items().stream()
                .map(item -> new StaffMember(item.get("memberId").s(), item.get("name").s()))
                .sorted(Comparator.comparing(StaffMember::name).thenComparing(StaffMember::id))
                .toList();
    }

    /** The colleague, if they are on record in this group. */
    public Optional<StaffMember> member(String group, String memberId) {
        if (memberId == null || memberId.isBlank()) {
            return Optional.empty();
        }
        var item = dynamo.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("team", s(group), "memberId", s(memberId))).build()).item();
        if (item == null || item.isEmpty()
                || Long.parseLong(item.get("expiresAt").n()) <= Instant.now().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new StaffMember(memberId, item.get("name").s()));
    }

    private List<String> groupsOnRecord(String memberId) {
        return dynamo.queryPaginator(QueryRequest.builder().tableName(table).indexName("by-member")
                        .keyConditionExpression("#id = :id")
                        .expressionAttributeNames(Map.of("#id", "memberId"))
                        .expressionAttributeValues(Map.of(":id", s(memberId)))
                        .build())
                .items().stream().map(item -> item.get("team").s()).filter(Objects::nonNull).toList();
    }
}
