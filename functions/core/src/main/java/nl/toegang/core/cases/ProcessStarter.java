package nl.toegang.core.cases;

import io.camunda.client.CamundaClient;
import io.grpc.Status;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
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

    /** A busy engine may answer late; an unreachable one (UNAVAILABLE) is not asked again here. */
    private static final int PUBLISH_ATTEMPTS = 2;

    private final CamundaClient camunda;
    private final CaseMessages messages;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final Map<String, IntakeForm> intakeForms = new LinkedHashMap<>();
    private final Map<String, PartSettings> parts = new LinkedHashMap<>();

    public ProcessStarter(CamundaClient camunda, CaseMessages messages, CaseRepository cases, CaseEventRepository events,
            List<IntakeForm> intake, List<PartSettings> parts) {
        this.camunda = camunda;
        this.messages = messages;
        this.cases = cases;
        this.events = events;
        intake.forEach(f -> intakeForms.put(f.getFormId(), f));
        parts.forEach(p -> this.parts.put(p.getPart(), p));
    }

    /**
     * @return whether the engine has the case now (its process runs, or the process of a case
     *     withdrawn meanwhile has been told to end); false leaves the case pending for the next sweep
     */
    public boolean tryStart(CaseRecord c) {
        if (c.status() == CaseStatus.WITHDRAWN) {
            return tellWithdrawal(c);
        }
        String startMessage = startMessage(c);
        if (startMessage == null) {
            return false;
        }
        if (!publishStart(c, startMessage)) {
            return false;
        }
        if (!cases.markProcessStarted(c.caseId(), Instant.now())) {
            // Withdrawn while the start was on its way: the process that now runs has to end too.
            LOG.info("Case {} was withdrawn while its process started; telling the process", c.caseId());
            return tellWithdrawal(c);
        }
        events.appendOnce(CaseEvent.of(c.caseId(), CaseEvent.Type.PROCESS_STARTED, CaseEvent.SYSTEM, null, false, Map.of()),
                "process-started");
        return true;
    }

    /**
     * Tells the engine that a case withdrawn before its start was recorded is withdrawn. A start
     * may have got through anyway (one in flight, or one whose answer was lost); the message waits
     * in the engine for such a process, whose withdrawal event sub-process then ends it.
     *
     * @return false when the engine could not be reached; the sweeper tries again
     */
    public boolean tellWithdrawal(CaseRecord c) {
        if (!messages.trySend(CaseMessages.WITHDRAWN, c.caseId(), Map.of("ingetrokkenDoor", c.ownerId()))) {
            LOG.warn("Case {} is withdrawn, but the engine could not be told yet", c.caseId());
            return false;
        }
        cases.markWithdrawalDelivered(c.caseId());
        return true;
    }

    /**
     * A publish that timed out may still have reached the engine; sending it again is harmless,
     * because the engine refuses a second message with the same id.
     */
    /** A part of a split request starts its own law's route, not the process of the form it came from. */
    private String startMessage(CaseRecord c) {
        if (c.partOf() != null) {
            PartSettings part = parts.get(c.partOf().part());
            if (part == null || part.getStartMessage() == null) {
                LOG.error("Case {} is part {} of request {}, which is not configured under toegang.parts; it stays pending",
                        c.caseId(), c.partOf().part(), c.partOf().requestId());
                return null;
            }
            return part.getStartMessage();
        }
        IntakeForm intake = intakeForms.get(c.formId());
        if (intake == null) {
            LOG.error("Case {} came from form {}, which starts no process; it stays pending", c.caseId(), c.formId());
            return null;
        }
        return intake.getStartMessage();
    }

    private boolean publishStart(CaseRecord c, String startMessage) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("caseId", c.caseId());
        variables.put("wet", c.law());
        variables.put("meldingOntvangen", c.createdAt().toString());
        variables.put("melding", c.values());
        if (c.partOf() != null) {
            variables.put("deelVan", c.partOf().requestId());
            variables.put("vraag", c.partOf().question());
        }
        variables.putAll(StartVariables.ofSender(c));
        for (int attempt = 1; ; attempt++) {
            try {
                camunda.newPublishMessageCommand()
                        .messageName(startMessage)
                        .correlationKey(c.caseId())
                        .messageId(c.caseId())
                        .timeToLive(DEDUPLICATION_WINDOW)
                        .variables(variables)
                        .send()
                        .join();
                return true;
            } catch (RuntimeException e) {
                if (EngineErrors.isAlreadyExists(e)) {
                    return true;
                }
                if (attempt >= PUBLISH_ATTEMPTS || !EngineErrors.hasCode(e, Status.Code.DEADLINE_EXCEEDED)) {
                    LOG.warn("Case {} is stored but its process could not be started yet: {}", c.caseId(),
                            EngineErrors.message(e));
                    return false;
                }
            }
        }
    }

    public boolean startsProcess(String formId) {
        return intakeForms.containsKey(formId);
    }

    /** Every configured intake form, in configuration order. */
    public Collection<IntakeForm> intakeForms() {
        return Collections.unmodifiableCollection(intakeForms.values());
    }

    public IntakeForm intake(String formId) {
        return intakeForms.get(formId);
    }
}
