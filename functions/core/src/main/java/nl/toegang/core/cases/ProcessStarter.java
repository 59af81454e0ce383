package nl.toegang.core.cases;

import io.camunda.client.CamundaClient;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.core.engine.EngineErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the process of a stored case. The start is a message whose id is the case id: Zeebe
 * refuses a second message with that id, and a message start event runs one instance per
 * correlation key, so a retry after a lost answer cannot start the case twice.
 */
@Singleton
public class ProcessStarter {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessStarter.class);
    // Long enough to cover any retry of the same start; the case id never repeats.
    private static final Duration DEDUPLICATION_WINDOW = Duration.ofHours(1);

    private final CamundaClient camunda;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final Map<String, IntakeForm> intakeForms = new LinkedHashMap<>();

    public ProcessStarter(CamundaClient camunda, CaseRepository cases, CaseEventRepository events, List<IntakeForm> intake) {
        this.camunda = camunda;
        this.cases = cases;
        this.events = events;
        intake.forEach(f -> intakeForms.put(f.getFormId(), f));
    }

    /** @return whether the process now runs; false leaves the case pending for the next sweep */
    public boolean tryStart(CaseRecord c) {
        IntakeForm intake = intakeForms.get(c.formId());
        if (intake == null) {
            LOG.error("Case {} came from form {}, which starts no process; it stays pending", c.caseId(), c.formId());
            return false;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("caseId", c.caseId());
        variables.put("wet", c.law());
        variables.put("meldingOntvangen", c.createdAt().toString());
        variables.put("melding", c.values());
        try {
            camunda.newPublishMessageCommand()
                    .messageName(intake.getStartMessage())
                    .correlationKey(c.caseId())
                    .messageId(c.caseId())
                    .timeToLive(DEDUPLICATION_WINDOW)
                    .variables(variables)
                    .send()
                    .join();
        } catch (RuntimeException e) {
            if (!EngineErrors.isAlreadyExists(e)) {
                LOG.warn("Case {} is stored but its process could not be started yet: {}", c.caseId(), EngineErrors.message(e));
                return false;
            }
        }
        cases.markProcessStarted(c.caseId(), Instant.now());
        events.appendOnce(CaseEvent.of(c.caseId(), CaseEvent.Type.PROCESS_STARTED, CaseEvent.SYSTEM, null, false, Map.of()),
                "process-started");
        return true;
    }

    public boolean startsProcess(String formId) {
        return intakeForms.containsKey(formId);
    }

    public IntakeForm intake(String formId) {
        return intakeForms.get(formId);
    }
}
