package nl.toegang.core.households;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseMessages;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.staff.Teams;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/**
 * Doorbraak (PN-04, AL-38): a case worker asks to set a rule aside for a household, justified with
 * the waardendriehoek (what the law intends, what the resident needs, what the professional thinks
 * is right), optionally with a maatwerkbudget. The request starts the process {@code doorbraak}
 * (message {@value #MESSAGE}); a doorbraakfunctionaris decides in its task, and the worker's job
 * {@code toegang.doorbraak-besluit} records the decision here. Every doorbraak stays, so the
 * council can see how often and why rules were set aside.
 */
@Singleton
public class Doorbraken {

    public static final String MESSAGE = "doorbraak-gevraagd";
    public static final String DECIDERS = "doorbraak-functionarissen";
    public static final String CASE_FIELD = "caseId";
    public static final String RULE_FIELD = "rule";
    public static final String LAW_FIELD = "lawIntends";
    public static final String NEEDS_FIELD = "residentNeeds";
    public static final String JUDGEMENT_FIELD = "professionalJudgement";
    public static final String PROPOSAL_FIELD = "proposal";
    public static final String BUDGET_FIELD = "budget";
    public static final String BUDGET_PURPOSE_FIELD = "budgetPurpose";
    /** Each text of the request; the decision form shows them all and a task's answers must fit in a case. */
    public static final int MAX_TEXT = 2000;
    /** The largest maatwerkbudget one doorbraak can ask for; more is a matter for the college, not one officer. */
    public static final long MAX_BUDGET_CENTS = 25_000_00L;

    private final DoorbraakRepository doorbraken;
    private final HouseholdCases cases;
    private final CaseEventRepository events;
    private final CaseMessages messages;
    private final nl.toegang.core.tasks.TaskRepository tasks;

    public Doorbraken(DoorbraakRepository doorbraken, HouseholdCases cases, CaseEventRepository events,
            CaseMessages messages, nl.toegang.core.tasks.TaskRepository tasks) {
        this.tasks = tasks;
        this.doorbraken = doorbraken;
        this.cases = cases;
        this.events = events;
        this.messages = messages;
    }

    public record Entry(String caseId, String rule, String lawIntends, String residentNeeds,
            String professionalJudgement, String proposal, String budget, String budgetPurpose) {
        public static final Entry EMPTY = new Entry("", "", "", "", "", "", "", "");
    }

    public record Outcome(Doorbraak doorbraak, Map<String, String> errors) {
        public boolean requested() {
            return errors.isEmpty();
        }
    }

    /** The cases of the household a doorbraak can be about: open ones, since a closed case takes no tasks. */
    public List<CaseRecord> openCases(Household h) {
        return cases.of(h).stream().filter(c -> !c.status().isFinal()).toList();
    }

    /**
     * Stores the request and starts its process. The same idempotency key stores one request and
     * sends its start again, so a request whose start was cut off is started by trying again.
     */
    public Outcome request(Principal worker, Household h, Entry e, String idempotencyKey, Language language) {
        Texts t = Texts.of(language);
        Map<String, String> errors = new LinkedHashMap<>();
        String caseId = trim(e.caseId());
        if (openCases(h).stream().noneMatch(c -> c.caseId().equals(caseId))) {
            errors.put(CASE_FIELD, t.get("doorbraak.error.case"));
        }
        required(errors, RULE_FIELD, e.rule(), t, "doorbraak.error.rule");
        required(errors, LAW_FIELD, e.lawIntends(), t, "doorbraak.error.lawIntends");
        required(errors, NEEDS_FIELD, e.residentNeeds(), t, "doorbraak.error.residentNeeds");
        required(errors, JUDGEMENT_FIELD, e.professionalJudgement(), t, "doorbraak.error.professionalJudgement");
        required(errors, PROPOSAL_FIELD, e.proposal(), t, "doorbraak.error.proposal");
        Long cents = null;
        if (!trim(e.budget()).isEmpty()) {
            cents = cents(e.budget());
            if (cents == null) {
                errors.put(BUDGET_FIELD, t.get("doorbraak.error.budget"));
            } else if (cents <= 0 || cents > MAX_BUDGET_CENTS) {
                errors.put(BUDGET_FIELD, t.get("doorbraak.error.budgetRange", euros(MAX_BUDGET_CENTS)));
            } else if (trim(e.budgetPurpose()).isEmpty()) {
                errors.put(BUDGET_PURPOSE_FIELD, t.get("doorbraak.error.budgetPurpose"));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        Doorbraak d = new Doorbraak(idFor(worker, h.householdId(), idempotencyKey), h.householdId(), caseId,
                trim(e.rule()), trim(e.lawIntends()), trim(e.residentNeeds()), trim(e.professionalJudgement()),
                trim(e.proposal()), cents, cents == null ? null : trim(e.budgetPurpose()), worker.subject(), worker.name(),
                SafetyOverrides.teamOf(worker), Instant.now(), Doorbraak.Outcome.REQUESTED, null, null, null, null, null,
                null);
        if (doorbraken.createIfAbsent(d)) {
            events.append(CaseEvent.of(h.householdId(), CaseEvent.Type.DOORBRAAK_REQUESTED, worker.subject(), worker.name(),
                    false, Map.of("doorbraakId", d.doorbraakId(), "caseId", caseId)));
        } else {
            d = doorbraken.find(h.householdId(), d.doorbraakId()).orElse(d);
            if (started(d)) {
                // Sent again after its process began: the engine forgets a message id after a while,
                // so a late retry must not start a second decision.
                return new Outcome(d, Map.of());
            }
        }
        messages.send(MESSAGE, d.doorbraakId(), startVariables(d));
        return new Outcome(d, Map.of());
    }

    private boolean started(Doorbraak d) {
        return d.outcome() != Doorbraak.Outcome.REQUESTED || tasks.forCase(d.caseId()).stream()
                .anyMatch(t -> d.doorbraakId().equals(t.variables().get("doorbraakId")));
    }

    /** What the process carries: the case for the task's dossier, and the request for the decider to read. */
    static Map<String, Object> startVariables(Doorbraak d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("caseId", d.caseId());
        v.put("householdId", d.householdId());
        v.put("doorbraakId", d.doorbraakId());
        v.put("beslisDeadline", decisionDeadline(d.requestedAt()).toString());
        v.put("regel", d.rule());
        v.put("bedoelingWet", d.lawIntends());
        v.put("behoefteInwoner", d.residentNeeds());
        v.put("oordeelProfessional", d.professionalJudgement());
        v.put("oplossing", d.proposal());
        v.put("gevraagdBedrag", d.budgetCents() == null ? null : new BigDecimal(d.budgetCents()).movePointLeft(2));
        v.put("budgetDoel", d.budgetPurpose());
        v.put("toegekendBedrag", d.budgetCents() == null ? null : new BigDecimal(d.budgetCents()).movePointLeft(2));
        v.put("toegekendDoel", d.budgetPurpose());
        return v;
    }

    /** Five working days from the request: a doorbraak is for a situation that is stuck, so it must not wait. */
    static Instant decisionDeadline(Instant requestedAt) {
        java.time.LocalDate day = requestedAt.atZone(nl.toegang.core.web.Dates.AMSTERDAM).toLocalDate();
        int added = 0;
        while (added < 5) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() < 6) {
                added++;
            }
        }
        return day.atTime(17, 0).atZone(nl.toegang.core.web.Dates.AMSTERDAM).toInstant();
    }

    /**
     * Records the doorbraakfunctionaris's decision (from the process). A decision delivered twice
     * is recorded once.
     */
    public Optional<Doorbraak> decide(String householdId, String doorbraakId, boolean granted, BigDecimal amount,
            String purpose, String reason, String by, String byName) {
        Optional<Doorbraak> found = doorbraken.find(householdId, doorbraakId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Doorbraak d = found.get();
        if (d.outcome() != Doorbraak.Outcome.REQUESTED) {
            return found;
        }
        Long cents = granted && amount != null && amount.signum() > 0
                ? amount.setScale(2, java.math.RoundingMode.HALF_UP).movePointRight(2).longValueExact() : null;
        Doorbraak decided = d.decided(granted ? Doorbraak.Outcome.GRANTED : Doorbraak.Outcome.REFUSED, by, byName,
                Instant.now(), cents, cents == null ? null : trim(purpose), trim(reason));
        if (doorbraken.decide(decided)) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("doorbraakId", doorbraakId);
            data.put("outcome", decided.outcome().name());
            if (cents != null) {
                data.put("grantedCents", cents);
            }
            events.append(CaseEvent.of(householdId, CaseEvent.Type.DOORBRAAK_DECIDED, by == null ? CaseEvent.SYSTEM : by,
                    byName, false, data));
            return Optional.of(decided);
        }
        return doorbraken.find(householdId, doorbraakId);
    }

    public List<Doorbraak> of(Household h) {
        return doorbraken.of(h.householdId()).stream()
                .sorted(java.util.Comparator.comparing(Doorbraak::requestedAt).reversed()).toList();
    }

    /** Who sees the council's figures: team leads and doorbraakfunctionarissen (ADR doorbraak). */
    public static boolean seesOverview(Principal p) {
        return p.hasRole(Principal.CASEWORKER) && (Teams.leadsATeam(p) || p.inGroup(DECIDERS));
    }

    public List<Doorbraak> all() {
        return doorbraken.all();
    }

    /** "1.250,50", "1250.50", "€ 300" as cents; null when it is not an amount with at most two decimals. */
    public static Long cents(String text) {
        String s = trim(text).replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.matches("\\d+(,\\d{1,2})?")) {
            s = s.replace(',', '.');
        } else if (!s.matches("\\d+(\\.\\d{1,2})?")) {
            return null;
        }
        try {
            return new BigDecimal(s).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    public static String euros(long cents) {
        java.text.NumberFormat f = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("nl-NL"));
        return f.format(new BigDecimal(cents).movePointLeft(2));
    }

    private static void required(Map<String, String> errors, String field, String value, Texts t, String key) {
        String v = trim(value);
        if (v.isEmpty()) {
            errors.put(field, t.get(key));
        } else if (v.length() > MAX_TEXT) {
            errors.put(field, t.get("doorbraak.error.tooLong", MAX_TEXT));
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }

    private static String idFor(Principal who, String householdId, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            return UUID.randomUUID().toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((who.subject() + "\n" + householdId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
