package nl.toegang.core.cases;

import io.camunda.client.CamundaClient;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import nl.toegang.core.engine.EngineErrors;
import nl.toegang.core.web.ProblemException;

/**
 * Messages a running case receives from people: the aanvraag and the withdrawal. Each has a
 * message id per case, so pressing the button twice delivers it once.
 */
@Singleton
public class CaseMessages {

    public static final String APPLICATION_SUBMITTED = "aanvraag-ingediend";
    public static final String WITHDRAWN = "aanvraag-ingetrokken";
    private static final Duration DEDUPLICATION_WINDOW = Duration.ofHours(1);

    private final CamundaClient camunda;

    public CaseMessages(CamundaClient camunda) {
        this.camunda = camunda;
    }

    /** @throws ProblemException 503 when the engine cannot be reached; nothing was changed then */
    public void send(String messageName, String caseId, Map<String, Object> variables) {
        if (!trySend(messageName, caseId, variables)) {
            throw ProblemException.unavailable("engine.unreachable.nothingChanged");
        }
    }

    /**
     * The message waits in the engine for its time to live, so it also reaches a process instance
     * that starts after it was sent.
     *
     * @return false when the engine could not be reached
     */
    public boolean trySend(String messageName, String caseId, Map<String, Object> variables) {
        return trySend(messageName, caseId, messageName + ":" + caseId, variables);
    }

    /**
     * As {@link #trySend(String, String, Map)}, for a message a case gets more than once (a deadline
     * that moves again): each change has its own {@code messageId}.
     */
    public boolean trySend(String messageName, String caseId, String messageId, Map<String, Object> variables) {
        try {
            camunda.newPublishMessageCommand()
                    .messageName(messageName)
                    .correlationKey(caseId)
                    .messageId(messageId)
                    .timeToLive(DEDUPLICATION_WINDOW)
                    .variables(variables)
                    .send()
                    .join();
            return true;
        } catch (RuntimeException e) {
            return EngineErrors.isAlreadyExists(e);
        }
    }
}
