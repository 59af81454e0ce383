package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormValidator;
import nl.toegang.forms.Language;

/**
 * An objection (bezwaar, Awb chapter 6 and 7) to the decision of a case. The objection is a case
 * of its own (form {@code bezwaar}, ids {@code BZW-…}) with its own process, started by message
 * {@code bezwaar-ontvangen} through the {@link ProcessStarter} like any intake; the decided case
 * gets a line in its history and keeps its own status. See docs/adr/0028-objection.md.
 *
 * <p>There is one objection per decision letter: its id is derived from the decided case and the
 * letter, so a double submit (or a representative and the person objecting at once) is one objection.
 */
@Singleton
public class Objections {

    public static final String FORM_ID = "bezwaar";
    /** Form fields the service reads; the rest of the form is the objector's own words. */
    public static final String LATE_REASON = "redenTeLaat";
    public static final String DECIDED_CASE = "bezwaarOp";

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final DefinitionRepository definitions;
    private final ProcessStarter starter;
    private final ObjectionTerms terms;

    public Objections(CaseRepository cases, CaseEventRepository events, DefinitionRepository definitions,
            ProcessStarter starter, ObjectionTerms terms) {
        this.cases = cases;
        this.events = events;
        this.definitions = definitions;
        this.starter = starter;
        this.terms = terms;
    }

    /** The decision a resident can object to: the latest decision letter, and the last day to object. */
    public record Decision(CaseEvent letter, LocalDate lastDay) {
        public Instant sentAt() {
            return letter.at();
        }
    }

    public Optional<Decision> decision(List<CaseEvent> history) {
        return history.stream().filter(DecisionLetters::isDecision).reduce((first, latest) -> latest)
                .map(letter -> new Decision(letter, terms.lastDayToObject(letter.at())));
    }

    public boolean lateNow(Decision decision) {
        return terms.late(decision.sentAt(), Instant.now());
    }

    /** The objection to this decision, if someone made one. */
    public Optional<CaseRecord> objectionTo(CaseRecord decided, Decision decision) {
        return cases.find(idFor(decided, decision));
    }

    /** Every objection made to decisions of this case, oldest first. */
    public List<CaseRecord> objectionsOf(List<CaseEvent> history) {
        return history.stream().filter(e -> e.type() == CaseEvent.Type.OBJECTION_MADE)
                .map(e -> e.text("objectionId")).distinct()
                .map(cases::find).flatMap(Optional::stream).toList();
    }

    /** The case an objection is about; empty for any other case. */
    public Optional<CaseRecord> decidedCaseOf(CaseRecord objection) {
        if (!FORM_ID.equals(objection.formId()) || !(objection.values().get(DECIDED_CASE) instanceof String id)) {
            return Optional.empty();
        }
        return cases.find(id);
    }

    public record ObjectionForm(FormDefinition form, int version) {}

    public ObjectionForm form() {
        DeployedDefinition deployed = definitions.latest(DefinitionKind.FORM, FORM_ID)
                .orElseThrow(() -> ProblemException.notFound("form.notDeployed", FORM_ID));
        return new ObjectionForm(FormDefinition.parse(deployed.content()), deployed.version());
    }

    /** @param objection the stored objection; null when the answers need fixing first */
    public record Outcome(CaseRecord objection, boolean repeated, FormResult validation) {
        public boolean accepted() {
            return objection != null;
        }
    }

    public Outcome submitFormPost(Principal by, CaseRecord decided, Map<String, List<String>> input, Language language) {
        ObjectionForm form = form();
        return accept(by, decided, form, FormValidator.validate(form.form(), input, language, Map.of()), language);
    }

    public Outcome submitJson(Principal by, CaseRecord decided, Map<String, Object> input, Language language) {
        ObjectionForm form = form();
        return accept(by, decided, form, FormValidator.validateJson(form.form(), input, language, Map.of()), language);
    }

    /**
     * Accepts the objection, also a late one: whether a lateness is excusable (Awb 6:11) is for the
     * handler to judge, so a late objector is asked why, and nothing is refused here for being late.
     */
    private Outcome accept(Principal by, CaseRecord decided, ObjectionForm form, FormResult result, Language language) {
        if (FORM_ID.equals(decided.formId())) {
            // Against the decision on an objection one goes to court (Awb 7:1, 8:1), not to us again.
            throw ProblemException.conflict("objection.notAgainstObjection");
        }
        Decision decision = decision(events.list(decided.caseId()))
                .orElseThrow(() -> ProblemException.conflict("objection.noDecision"));
        Optional<CaseRecord> existing = objectionTo(decided, decision);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), true, result);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        boolean late = terms.late(decision.sentAt(), now);
        Map<String, Object> values = new LinkedHashMap<>(result.values());
        Object reason = values.get(LATE_REASON);
        if (late && (reason == null || reason.toString().isBlank())) {
            Map<String, String> errors = new LinkedHashMap<>(result.errors());
            errors.put(LATE_REASON, Texts.of(language).get("objection.error.lateReason"));
            return new Outcome(null, false, new FormResult(result.values(), errors, result.enteredValues()));
        }
        if (!result.errors().isEmpty()) {
            return new Outcome(null, false, result);
        }
        if (!late) {
            values.remove(LATE_REASON);
        }
        values.put(DECIDED_CASE, decided.caseId());
        values.put("besluitBrief", decision.letter().text("template"));
        values.put("teLaat", late);
        values.put("wetBestredenBesluit", decided.law());
        values.putAll(terms.decisionDays(decision.sentAt(), now));
        if (!CaseSize.fits(values)) {
            throw new ProblemException(413, "submission.tooLarge");
        }
        IntakeForm config = Objects.requireNonNull(starter.intake(FORM_ID), "toegang.intake.bezwaar is not configured");
        CaseRecord fresh = new CaseRecord(idFor(decided, decision), by.subject(), by.name(), FORM_ID, form.version(),
                config.getLaw(), values, CaseStatus.RECEIVED, now, false, null, decided.clientBsn(), decided.clientName(),
                sender(by, decided));
        CaseRepository.Stored stored = cases.createIfAbsent(fresh);
        CaseRecord c = stored.caseRecord();
        // Both lines also after a retry of a store whose lines were not written yet.
        events.appendOnce(CaseEvent.of(c.caseId(), CaseEvent.Type.SUBMITTED, c.ownerId(), c.ownerName(), true,
                Map.of("formId", FORM_ID, "formVersion", c.formVersion(), "senderKind", c.sender().kind().configName(),
                        "senderName", c.sender().name())), "submitted");
        events.appendOnce(CaseEvent.of(decided.caseId(), CaseEvent.Type.OBJECTION_MADE, c.ownerId(), c.ownerName(), true,
                Map.of("objectionId", c.caseId(), "late", c.values().get("teLaat"))), "objection:" + c.caseId());
        if (!c.processStarted()) {
            starter.tryStart(c);
        }
        return new Outcome(cases.find(c.caseId()).orElseThrow(), !stored.created(), result);
    }

    private String idFor(CaseRecord decided, Decision decision) {
        IntakeForm config = starter.intake(FORM_ID);
        String prefix = config == null ? "BZW" : config.getReferencePrefix();
        return CaseIds.derive(prefix, decided.caseId(), FORM_ID, decision.letter().eventId());
    }

    /** The objector: the person helped themselves, or who acts for them (the token says so, ADR 0020). */
    private static CaseSender sender(Principal by, CaseRecord decided) {
        if (decided.clientBsn() != null && by.bsn().filter(decided.clientBsn()::equals).isEmpty()) {
            var representation = by.actsFor(decided.clientBsn());
            if (representation.isPresent()) {
                return CaseSender.representative(by.subject(), by.name(), representation.get().basis(),
                        representation.get().reference());
            }
        }
        return CaseSender.self(by.subject(), by.name());
    }
}
