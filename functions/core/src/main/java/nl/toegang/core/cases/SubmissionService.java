package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                language, null);
    }

    /** Input from the JSON API. */
    public Outcome submitJson(Principal by, String formId, Map<String, Object> input, String idempotencyKey,
            Language language) {
        IntakeFormVersion intake = intakeForm(formId);
        return accept(by, formId, intake, FormValidator.validateJson(intake.form(), input, language, Map.of()),
                idempotencyKey, language, null);
    }

    /**
     * A loket worker registers a melding for a resident who came by, phoned, wrote a letter or an
     * e-mail. The case is about the BSN in the form; the worker is its sender, with the channel.
     *
     * @param channel {@code balie}, {@code telefoon}, {@code brief} or {@code e-mail}
     */
    public Outcome registerAtLoket(Principal worker, String formId, Map<String, List<String>> input, String channel,
            String idempotencyKey, Language language) {
        WhoMaySend.requireLoket(worker);
        IntakeFormVersion intake = intakeForm(formId);
        return registered(worker, formId, intake, FormValidator.validate(intake.form(), input, language, Map.of()),
                channel, idempotencyKey, language);
    }

    /** The same from the JSON API. */
    public Outcome registerAtLoketJson(Principal worker, String formId, Map<String, Object> input, String channel,
            String idempotencyKey, Language language) {
        WhoMaySend.requireLoket(worker);
        IntakeFormVersion intake = intakeForm(formId);
        return registered(worker, formId, intake, FormValidator.validateJson(intake.form(), input, language, Map.of()),
                channel, idempotencyKey, language);
    }

    private Outcome registered(Principal worker, String formId, IntakeFormVersion intake, FormResult result,
            String channel, String idempotencyKey, Language language) {
        if (channel == null || !CaseSender.CHANNELS.contains(channel)) {
            Map<String, String> errors = new LinkedHashMap<>(result.errors());
            errors.put(CHANNEL_FIELD, Texts.of(language).get("problem.field.channelRequired"));
            return new Outcome(null, false, new FormResult(result.values(), errors, result.enteredValues()), intake.form());
        }
        return accept(worker, formId, intake, result, idempotencyKey, language, CaseSenders.loket(worker, channel));
    }

    /** The field of the loket's registration that says how the resident reached the loket. */
    public static final String CHANNEL_FIELD = "kanaal";

    /**
     * The case this resident already made from this form with this idempotency key, if any: a send
     * repeated after the first one went through (a double click) finds its case here.
     */
    public Optional<CaseRecord> alreadySent(Principal by, String formId, String idempotencyKey) {
        String caseId = CaseIds.derive(starter.intake(formId).getReferencePrefix(), by.subject(), formId, idempotencyKey);
        return cases.find(caseId).filter(c -> c.ownedBy(by.subject()));
    }

    /** @param loketSender the loket worker as sender; null when the person sends it themselves */
    private Outcome accept(Principal by, String formId, IntakeFormVersion intake, FormResult result, String idempotencyKey,
            Language language, CaseSender loketSender) {
        if (!result.errors().isEmpty()) {
            return new Outcome(null, false, result, intake.form());
        }
        if (loketSender == null && OwnBsnRule.isBroken(by, result.values())) {
            return new Outcome(null, false, refusedBsn(result, language), intake.form());
        }
        if (!CaseSize.fits(result.values())) {
            throw new ProblemException(413, "submission.tooLarge");
        }
        IntakeForm config = starter.intake(formId);
        CaseSender sender = loketSender != null ? loketSender : CaseSenders.of(by, result.values());
        WhoMaySend.requireAllowed(config, sender);
        String clientBsn = CaseSenders.clientBsn(by, sender, result.values());
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        String caseId = CaseIds.derive(config.getReferencePrefix(), by.subject(), formId, key);
        if (cases.find(caseId).isEmpty()) {
            // A retry of a case already stored is not counted: it makes nothing new.
            limiter.acquire(rateLimit, by.subject());
        }
        CaseRecord fresh = new CaseRecord(caseId, by.subject(), by.name(), formId, intake.version(), config.getLaw(),
                result.values(), CaseStatus.RECEIVED, Instant.now().truncatedTo(ChronoUnit.SECONDS), false, null, clientBsn,
                CaseSenders.clientName(by, sender, result.values(), clientBsn), sender);
        CaseRepository.Stored stored = cases.createIfAbsent(fresh);
        if (!stored.caseRecord().ownedBy(by.subject())) {
            throw ProblemException.conflict("submission.again");
        }
        if (stored.created()) {
            events.append(CaseEvent.of(caseId, CaseEvent.Type.SUBMITTED, by.subject(), by.name(), true,
                    submittedData(formId, intake.version(), sender)));
        }
        CaseRecord c = stored.caseRecord();
        if (!c.processStarted()) {
            starter.tryStart(c);
        }
        return new Outcome(cases.find(caseId).orElseThrow(), !stored.created(), result, intake.form());
    }

    // The history says who sent it and how; the resident's page words it (event.SUBMITTED.<kind>).
    private static Map<String, Object> submittedData(String formId, int version, CaseSender sender) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("formId", formId);
        data.put("formVersion", version);
        data.put("senderKind", sender.kind().configName());
        data.put("senderName", sender.name());
        if (sender.channel() != null) {
            data.put("channel", sender.channel());
        }
        if (sender.basis() != null) {
            data.put("basis", sender.basis());
        }
        return data;
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
