package nl.toegang.core.households.plan;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.storage.AttributeValues;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** The plan ({@code PLAN}) and the family's reactions to it ({@code PLAN#REACTION#<at>#<id>}) in the households table. */
@Singleton
public class PlanRepository {

    private static final String PLAN = "PLAN";
    private static final String REACTION = "PLAN#REACTION#";

    private final DynamoDbClient dynamo;
    private final String table;
    private final HouseholdRepository households;

    public PlanRepository(DynamoDbClient dynamo, HouseholdRepository households) {
        this.dynamo = dynamo;
        this.table = households.table();
        this.households = households;
    }

    public static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The plan; an empty one (version 0) when nobody wrote one yet. */
    public Plan find(String householdId) {
        var item = dynamo.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("householdId", s(householdId), "item", s(PLAN))).build()).item();
        return item == null || item.isEmpty() ? Plan.empty(householdId) : toPlan(AttributeValues.toJavaMap(item));
    }

    /**
     * Stores the plan when nobody stored another since {@code changed.version()} was read.
     *
     * @return the stored plan with its new version, or empty when someone else was first
     */
    public Optional<Plan> save(Plan changed) {
        Plan stored = new Plan(changed.householdId(), changed.goals(), changed.reviewDate(), changed.changedAt(),
                changed.changedByName(), changed.version() + 1);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("householdId", s(stored.householdId()));
        item.put("item", s(PLAN));
        item.put("goals", AttributeValues.of(stored.goals().stream().map(PlanRepository::goalMap).toList()));
        if (stored.reviewDate() != null) {
            item.put("reviewDate", s(stored.reviewDate().toString()));
        }
        item.put("changedAt", s(stored.changedAt().toString()));
        item.put("changedByName", s(stored.changedByName()));
        return households.putVersioned(item, changed.version()) ? Optional.of(stored) : Optional.empty();
    }

    public void record(PlanReaction r) {
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(Map.of(
                "householdId", s(r.householdId()),
                "item", s(REACTION + r.at() + "#" + r.reactionId()),
                "reactionId", s(r.reactionId()),
                "text", s(r.text()),
                "by", s(r.by()),
                "byName", s(r.byName()),
                "at", s(r.at().toString()))).build());
    }

    /** Oldest first. */
    public List<PlanReaction> reactions(String householdId) {
        return households.itemsStartingWith(householdId, REACTION).stream()
                .map(m -> new PlanReaction((String) m.get("reactionId"), householdId, (String) m.get("text"),
                        (String) m.get("by"), (String) m.get("byName"), Instant.parse((String) m.get("at"))))
                .toList();
    }

    private static Map<String, Object> goalMap(PlanGoal g) {
        Map<String, Object> m = new HashMap<>();
        m.put("goalId", g.goalId());
        m.put("text", g.text());
        m.put("concerns", new ArrayList<>(g.concerns()));
        if (g.law() != null) {
            m.put("law", g.law());
        }
        m.put("actions", g.actions().stream().map(PlanRepository::actionMap).toList());
        return m;
    }

    private static Map<String, Object> actionMap(PlanAction a) {
        Map<String, Object> m = new HashMap<>();
        m.put("actionId", a.actionId());
        m.put("what", a.what());
        m.put("kind", a.doer().kind().name());
        m.put("name", a.doer().name());
        if (a.doer().memberBsn() != null) {
            m.put("memberBsn", a.doer().memberBsn());
        }
        if (a.doer().team() != null) {
            m.put("team", a.doer().team());
        }
        if (a.due() != null) {
            m.put("due", a.due().toString());
        }
        if (a.fromMdo() != null) {
            m.put("fromMdo", a.fromMdo());
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Plan toPlan(Map<String, Object> m) {
        List<PlanGoal> goals = ((List<Map<String, Object>>) m.get("goals")).stream().map(g -> new PlanGoal(
                (String) g.get("goalId"), (String) g.get("text"),
                g.get("concerns") == null ? java.util.Set.<String>of() : new HashSet<>((List<String>) g.get("concerns")),
                (String) g.get("law"),
                ((List<Map<String, Object>>) g.get("actions")).stream().map(PlanRepository::toAction).toList()))
                .toList();
        return new Plan((String) m.get("householdId"), goals,
                m.get("reviewDate") == null ? null : LocalDate.parse((String) m.get("reviewDate")),
                Instant.parse((String) m.get("changedAt")), (String) m.get("changedByName"),
                ((Number) m.get("version")).longValue());
    }


    private static PlanAction toAction(Map<String, Object> a) {
        return new PlanAction((String) a.get("actionId"), (String) a.get("what"),
                new ActionDoer(ActionDoer.DoerKind.valueOf((String) a.get("kind")), (String) a.get("name"),
                        (String) a.get("memberBsn"), (String) a.get("team")),
                a.get("due") == null ? null : LocalDate.parse((String) a.get("due")), (String) a.get("fromMdo"));
    }
}
