package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormValidator;
import nl.toegang.forms.Language;

/**
 * The two things a person can do to a running case: hand in the aanvraag (the resident, or a case
 * worker recording it for them) and withdraw it (the resident).
 */
@Singleton
public class CaseActions {

    public static final String APPLICATION_FORM = "wmo-aanvraag";

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final DefinitionRepository definitions;
    private final CaseMessages messages;
    private final ProcessStarter starter;

    public CaseActions(CaseRepository cases, CaseEventRepository events, DefinitionRepository definitions,
            CaseMessages messages, ProcessStarter starter) {
        this.starter = starter;
        this.cases = cases;
        this.events = events;
        this.definitions = definitions;
        this.messages = messages;
    }

    public FormDefinition applicationForm() {
        return definitions.latest(DefinitionKind.FORM, APPLICATION_FORM)
                .map(d -> FormDefinition.parse(d.content()))
                .orElseThrow(() -> ProblemException.notFound("form.notDeployed", APPLICATION_FORM));
    }

    public FormResult submitApplication(Principal by, CaseRecord c, Map<String, List<String>> input, Language language) {
        return application(by, c, FormValidator.validate(applicationForm(), input, language, Map.of()));
    }

    public FormResult submitApplicationJson(Principal by, CaseRecord c, Map<String, Object> input, Language language) {
        return application(by, c, FormValidator.validateJson(applicationForm(), input, language, Map.of()));
    }

    private FormResult application(Principal by, CaseRecord c, FormResult result) {
        if (c.status() != CaseStatus.AWAITING_APPLICATION) {
            throw ProblemException.conflict("application.notExpected");
        }
        if (!result.errors().isEmpty()) {
            return result;
        }
        messages.send(CaseMessages.APPLICATION_SUBMITTED, c.caseId(), Map.of(
                "aanvraag", result.values(),
                "aanvraagDatum", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "aanvraagDoor", by.subject()));
        events.append(CaseEvent.of(c.caseId(), CaseEvent.Type.APPLICATION_SUBMITTED, by.subject(), by.name(), true,
                Map.of("values", result.values())));
        return result;
    }

    /**
     * Withdraws the case. A case whose start has not been recorded is closed here; whichever of
     * the start and the withdrawal is recorded last tells the engine, so no process keeps running
     * for a withdrawn case whatever the order. Withdrawing a withdrawn case changes nothing.
     */
    public void withdraw(Principal by, CaseRecord c) {
        if (c.status() == CaseStatus.WITHDRAWN) {
            return; // asked again, e.g. a double click: it is withdrawn already
        }
        if (c.status().isFinal()) {
            throw ProblemException.conflict("case.closed");
        }
        if (c.status() == CaseStatus.SPLIT) {
            throw ProblemException.conflict("case.split"); // its parts are withdrawn one by one
        }
        if (c.status().supportRuns()) {
            throw ProblemException.conflict("case.supportRuns"); // decided: there is no application left to withdraw
        }
        if (!c.processStarted() && cases.withdrawBeforeStart(c.caseId())) {
            // If the engine cannot be reached now, the pending-start sweeper tells it later.
            starter.tellWithdrawal(c);
        } else {
            messages.send(CaseMessages.WITHDRAWN, c.caseId(), Map.of("ingetrokkenDoor", by.subject()));
        }
        // Two clicks at the same moment both get here; the engine takes the message once, the history one line.
        events.appendOnce(CaseEvent.of(c.caseId(), CaseEvent.Type.WITHDRAWAL_REQUESTED, by.subject(), by.name(), true,
                Map.of()), "withdrawal");
    }
}
