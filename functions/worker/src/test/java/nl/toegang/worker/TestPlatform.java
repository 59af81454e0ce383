package nl.toegang.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.MessageStartEventSubscriptionIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.MessageStartEventSubscriptionRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.localservices.LocalDynamoDb;
import nl.toegang.localservices.LocalServices;
import nl.toegang.localservices.LocalZeebe;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB Local, the embedded Zeebe engine and the worker's application context, wired the way
 * the local runtime wires them. One per test class.
 */
final class TestPlatform implements AutoCloseable {

    static final String FORM_ID = "worker-test-gesprek";
    static final String FORM = """
            {"id": "%s", "type": "default", "schemaVersion": 16,
             "components": [{"type": "textfield", "key": "notitie", "label": "Notitie", "properties": {"label_en": "Note"}}]}
            """.formatted(FORM_ID);

    // Each test class gets its own services: these tests move the engine clock.
    final LocalServices services;
    final LocalZeebe zeebe;
    final DynamoDbClient dynamoClient;
    final ApplicationContext context;

    private TestPlatform(Map<String, Object> extraProperties) {
        services = LocalServices.start(LocalServices.Ports.random());
        zeebe = services.zeebe();
        dynamoClient = LocalDynamoDb.clientFor(services.dynamoEndpoint());
        Map<String, Object> properties = new java.util.HashMap<>(services.applicationProperties());
        properties.putAll(extraProperties);
        context = ApplicationContext.run(properties);
    }

    static TestPlatform start() {
        return new TestPlatform(Map.of());
    }

    /** @param properties configuration on top of the services' own, e.g. a shorter job timeout */
    static TestPlatform start(Map<String, Object> properties) {
        return new TestPlatform(properties);
    }

    @Override
    public void close() {
        context.close();
        dynamoClient.close();
        services.close();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    CamundaClient camunda() {
        return bean(CamundaClient.class);
    }

    /**
     * Deploys through Toegang, so the definitions table knows the model and its form, with the test
     * letters (worker-test-letters/) the model sends and the intake form that starts it: the letter
     * check reads the melding's fields from it.
     */
    void deploy(BpmnModelInstance model, String fileName) {
        List<DeploymentFile> files = new ArrayList<>(List.of(
                new DeploymentFile(fileName, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)),
                new DeploymentFile(FORM_ID + ".form", FORM.getBytes(StandardCharsets.UTF_8))));
        BundledWorkflows.load().stream().filter(f -> f.name().equals("wmo-melding.form")).forEach(files::add);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
            if (headers == null) {
                continue;
            }
            headers.getHeaders().stream().filter(h -> h.getKey().equals("template")).forEach(h -> {
                for (String language : List.of("nl", "en")) {
                    String name = h.getValue() + "." + language + ".md";
                    try (InputStream in = TestPlatform.class.getClassLoader().getResourceAsStream("worker-test-letters/" + name)) {
                        if (in != null) {
                            files.add(new DeploymentFile(name, in.readAllBytes()));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        bean(DeploymentService.class).deploy(files, "test");
    }

    /** A resident's melding as the resident function stores it; {@code started=false} leaves it for the sweeper. */
    CaseRecord storeCase(String firstName, boolean started) {
        String caseId = "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> melding = Map.of(
                "voornaam", firstName,
                "achternaam", "de Vries",
                "hulpvragen", List.of("huishouden", "vervoer"),
                "spoed", "nee");
        CaseRecord c = new CaseRecord(caseId, "resident-" + firstName, firstName + " de Vries", "wmo-melding", 1, "wmo",
                melding, CaseStatus.RECEIVED, Instant.now(), started, null, null, null, null);
        bean(CaseRepository.class).createIfAbsent(c);
        return c;
    }

    CaseStatus status(String caseId) {
        return bean(CaseRepository.class).find(caseId).orElseThrow().status();
    }

    /** The TTL attribute, in epoch seconds; CaseRecord does not carry it. */
    Instant expiresAt(String caseId) {
        AttributeValue value = dynamoClient.getItem(r -> r.tableName("toegang-cases")
                .key(Map.of("caseId", AttributeValue.fromS(caseId)))).item().get("expiresAt");
        return value == null ? null : Instant.ofEpochSecond(Long.parseLong(value.n()));
    }

    /** Whether every item of the case in a table carries the TTL attribute. */
    boolean everyItemExpires(String table, String caseId) {
        var items = table.equals("toegang-tasks")
                ? dynamoClient.query(r -> r.tableName(table).indexName("by-case").keyConditionExpression("caseId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(caseId)))).items()
                : dynamoClient.query(r -> r.tableName(table).keyConditionExpression("caseId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(caseId)))).items();
        return !items.isEmpty() && items.stream().allMatch(i -> i.containsKey("expiresAt"));
    }

    List<CaseEvent> events(String caseId, CaseEvent.Type type) {
        return bean(CaseEventRepository.class).list(caseId).stream().filter(e -> e.type() == type).toList();
    }

    List<UserTaskRecord> tasks(String caseId) {
        return bean(TaskRepository.class).forCase(caseId);
    }

    List<Record<?>> records() {
        List<Record<?>> all = new ArrayList<>();
        zeebe.engine().getRecordStreamSource().getRecords().forEach(all::add);
        return all;
    }

    /** Jobs the engine handed out again because their worker did not finish them in time. */
    long timedOutJobs() {
        return records().stream()
                .filter(r -> r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.TIMED_OUT)
                .count();
    }

    /** The process instances the engine started for a case (its start message carries the case id as key). */
    List<Long> processInstancesOf(String caseId) {
        return records().stream()
                .filter(r -> r.getValueType() == ValueType.MESSAGE_START_EVENT_SUBSCRIPTION
                        && r.getIntent() == MessageStartEventSubscriptionIntent.CORRELATED)
                .map(r -> (MessageStartEventSubscriptionRecordValue) r.getValue())
                .filter(v -> caseId.equals(v.getCorrelationKey()))
                .map(MessageStartEventSubscriptionRecordValue::getProcessInstanceKey)
                .distinct()
                .toList();
    }

    /** Process instances that have started and neither completed nor been terminated. */
    java.util.Set<Long> activeProcessInstances() {
        java.util.Set<Long> active = new java.util.HashSet<>();
        for (Record<?> r : records()) {
            if (r.getValueType() != ValueType.PROCESS_INSTANCE
                    || !(r.getValue() instanceof ProcessInstanceRecordValue v)
                    || v.getBpmnElementType() != BpmnElementType.PROCESS) {
                continue;
            }
            if (r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
                active.add(v.getProcessInstanceKey());
            } else if (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    || r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
                active.remove(v.getProcessInstanceKey());
            }
        }
        return active;
    }

    /** Waits for something the worker does in the background. */
    static <T> T eventually(Duration timeout, Supplier<T> value, java.util.function.Predicate<T> done) {
        Instant end = Instant.now().plus(timeout);
        T last = value.get();
        while (!done.test(last)) {
            assertThat(Instant.now()).as("waited %s; last value: %s", timeout, last).isBefore(end);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = value.get();
        }
        return last;
    }
}
