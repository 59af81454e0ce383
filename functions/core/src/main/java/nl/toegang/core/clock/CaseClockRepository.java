package nl.toegang.core.clock;

import static nl.toegang.core.storage.AttributeValues.s;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.storage.AttributeValues;
import nl.toegang.core.storage.TableNames;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A case's clock is one item in the case's history partition ({@code toegang-case-events}, sort key
 * {@value #ITEM}), so a change of the clock and the history line that explains it are written in
 * one transaction: there is never a deadline without its reason, or a reason without its deadline.
 */
@Singleton
public class CaseClockRepository {

    static final String ITEM = CaseEventRepository.NOT_AN_EVENT + "clock";

    private final DynamoDbClient dynamo;
    private final CaseEventRepository events;
    private final String table;

    public CaseClockRepository(DynamoDbClient dynamo, TableNames tables, CaseEventRepository events) {
        this.dynamo = dynamo;
        this.events = events;
        this.table = tables.getCaseEvents();
    }

    public Optional<StoredClock> find(String caseId) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("caseId", s(caseId), "eventId", s(ITEM))).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toClock(item));
    }

    /**
     * Writes the clock if nobody changed it since {@code clock.version() - 1} was read, with its event.
     *
     * @return false when someone else changed (or started) the clock first; nothing was written then
     */
    public boolean save(StoredClock clock, CaseEvent event) {
        Put.Builder put = Put.builder().tableName(table).item(toItem(clock));
        if (clock.version() == 1) {
            put.conditionExpression("attribute_not_exists(eventId)");
        } else {
            put.conditionExpression("version = :read")
                    .expressionAttributeValues(Map.of(":read", AttributeValue.fromN(Long.toString(clock.version() - 1))));
        }
        try {
            dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(put.build()).build(),
                    TransactWriteItem.builder().put(events.put(event)).build()).build());
            return true;
        } catch (TransactionCanceledException refused) {
            // ConditionalCheckFailed: another change won; TransactionConflict: one is being written right now.
            return false;
        }
    }

    private static Map<String, AttributeValue> toItem(StoredClock stored) {
        CaseClock c = stored.clock();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("law", stored.law());
        data.put("step", stored.step());
        data.put("received", c.received().toString());
        data.put("term", c.term().toString());
        data.put("source", c.source());
        List<Map<String, Object>> suspensions = new ArrayList<>();
        for (CaseClock.Suspension s : c.suspensions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("requestedOn", s.requestedOn().toString());
            m.put("answerBy", s.answerBy().toString());
            m.put("answeredOn", s.answeredOn() == null ? null : s.answeredOn().toString());
            m.put("reason", s.reason());
            stored.request(s.id()).ifPresent(r -> {
                m.put("askedBy", r.askedBy());
                m.put("askedByName", r.askedByName());
                m.put("answer", r.answer());
            });
            suspensions.add(m);
        }
        data.put("suspensions", suspensions);
        if (c.extension() != null) {
            data.put("extension", Map.of("decidedOn", c.extension().decidedOn().toString(),
                    "until", c.extension().until().toString(), "reason", c.extension().reason()));
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("caseId", s(stored.caseId()));
        item.put("eventId", s(ITEM));
        item.put("version", AttributeValue.fromN(Long.toString(stored.version())));
        item.put("clock", AttributeValues.of(data));
        return item;
    }

    @SuppressWarnings("unchecked")
    private static StoredClock toClock(Map<String, AttributeValue> item) {
        Map<String, Object> data = AttributeValues.toJavaMap(item.get("clock").m());
        List<CaseClock.Suspension> suspensions = new ArrayList<>();
        List<StoredClock.InformationRequest> requests = new ArrayList<>();
        for (Object o : (List<Object>) data.getOrDefault("suspensions", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            String id = (String) m.get("id");
            suspensions.add(new CaseClock.Suspension(id, day(m.get("requestedOn")), day(m.get("answerBy")),
                    day(m.get("answeredOn")), (String) m.get("reason")));
            requests.add(new StoredClock.InformationRequest(id, (String) m.get("askedBy"), (String) m.get("askedByName"),
                    (String) m.get("answer")));
        }
        CaseClock.Extension extension = null;
        if (data.get("extension") instanceof Map<?, ?> e) {
            extension = new CaseClock.Extension(day(e.get("decidedOn")), day(e.get("until")), (String) e.get("reason"));
        }
        CaseClock clock = new CaseClock(day(data.get("received")), Period.parse((String) data.get("term")),
                (String) data.get("source"), suspensions, extension);
        return new StoredClock(item.get("caseId").s(), (String) data.get("law"), (String) data.get("step"), clock,
                requests, Long.parseLong(item.get("version").n()));
    }

    private static LocalDate day(Object iso) {
        return iso == null ? null : LocalDate.parse(iso.toString());
    }
}
