package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.limits.RateLimitSettings;
import nl.toegang.core.limits.RateLimiter;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormValidator;
import nl.toegang.forms.Language;

/**
 * Accepts a resident's form: validates it, stores it as a case, then asks Zeebe to start the
 * process. The case is stored before Zeebe is asked, so an unreachable engine delays the case
 * but never loses it.
 */
@Singleton
public class SubmissionService {

    private final DefinitionRepository definitions;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final ProcessStarter starter;
    private final RateLimiter limiter;
    private final RateLimitSettings.Submissions rateLimit;

    public SubmissionService(DefinitionRepository definitions, CaseRepository cases, CaseEventRepository events,
            ProcessStarter starter, RateLimiter limiter, RateLimitSettings.Submissions rateLimit) {
        this.definitions = definitions;
        this.cases = cases;
        this.events = events;
        this.starter = starter;
        this.limiter = limiter;
        this.rateLimit = rateLimit;
    }

    /** The form a resident fills in, if it is an intake form that has been deployed. */
    public IntakeFormVersion intakeForm(String formId) {
        if (!starter.startsProcess(formId)) {
            throw ProblemException.notFound("form.unknown", formId);
        }
        DeployedDefinition deployed = definitions.latest(DefinitionKind.FORM, formId)
                .orElseThrow(() -> ProblemException.notFound("form.notDeployed", formId));
        return new IntakeFormVersion(FormDefinition.parse(deployed.content()), deployed.version(), deployed.content());
    }

    /** @param json the form as deployed, for API clients that render it themselves */
    public record IntakeFormVersion(FormDefinition form, int version, String json) {}

    /** Input from an HTML form post: every field as a list of strings. */
    public Outcome submitFormPost(Principal by, String formId, Map<String, List<String>> input, String idempotencyKey,
            Language language) {
        IntakeFormVersion intake = intakeForm(formId);
        return accept(by, formId, intake, FormValidator.validate(intake.form(), input, language, Map.of()), idempotencyKey,
                language);
    }

    /** Input from the JSON API. */
    public Outcome submitJson(Principal by, String formId, Map<String, Object> input, String idempotencyKey,
            Language language) {
        IntakeFormVersion intake = intakeForm(formId);
        return accept(by, formId, intake, FormValidator.validateJson(intake.form(), input, language, Map.of()),
                idempotencyKey, language);
    }

    /**
     * The case this resident already made from this form with this idempotency key, if any: a send
     * repeated after the first one went through (a double click) finds its case here.
     */
    public java.util.Optional<CaseRecord> alreadySent(Principal by, String formId, String idempotencyKey) {
        String caseId = CaseIds.derive(starter.intake(formId).getReferencePrefix(), by.subject(), formId, idempotencyKey);
        return cases.find(caseId).filter(c -> c.ownedBy(by.subject()));
    }

    private Outcome accept(Principal by, String formId, IntakeFormVersion intake, FormResult result, String idempotencyKey,
            Language language) {
        if (!result.errors().isEmpty()) {
            return new Outcome(null, false, result, intake.form());
        }
        if (OwnBsnRule.isBroken(by, result.values())) {
            return new Outcome(null, false, refusedBsn(result, language), intake.form());
        }
        if (!CaseSize.fits(result.values())) {
            throw new ProblemException(413, "submission.tooLarge");
        }
        IntakeForm config = starter.intake(formId);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        String caseId = CaseIds.derive(config.getReferencePrefix(), by.subject(), formId, key);
        if (cases.find(caseId).isEmpty()) {
            // A retry of a case already stored is not counted: it makes nothing new.
            limiter.acquire(rateLimit, by.subject());
        }
        CaseRecord fresh = new CaseRecord(caseId, by.subject(), by.name(), formId, intake.version(), config.getLaw(),
                result.values(), CaseStatus.RECEIVED, Instant.now().truncatedTo(ChronoUnit.SECONDS), false);
        CaseRepository.Stored stored = cases.createIfAbsent(fresh);
        if (!stored.caseRecord().ownedBy(by.subject())) {
            throw ProblemException.conflict("submission.again");
        }
        if (stored.created()) {
            events.append(CaseEvent.of(caseId, CaseEvent.Type.SUBMITTED, by.subject(), by.name(), true,
                    Map.of("formId", formId, "formVersion", intake.version())));
        }
        CaseRecord c = stored.caseRecord();
        if (!c.processStarted()) {
            starter.tryStart(c);
        }
        return new Outcome(cases.find(caseId).orElseThrow(), !stored.created(), result, intake.form());
    }

    private static FormResult refusedBsn(FormResult result, Language language) {
        Map<String, Object> values = new LinkedHashMap<>(result.values());
        values.remove(OwnBsnRule.FIELD);
        return new FormResult(values, Map.of(OwnBsnRule.FIELD, Texts.of(language).get("problem.field.bsnNotYours")),
                result.enteredValues());
    }

    /**
     * @param caseRecord the stored case; null when the input was invalid
     * @param repeated true when this idempotency key had been used before: the first case is returned
     * @param form the form version the input was checked against, to show it again with the errors
     */
    public record Outcome(CaseRecord caseRecord, boolean repeated, FormResult validation, FormDefinition form) {
        public boolean accepted() {
            return caseRecord != null;
        }
    }
}
