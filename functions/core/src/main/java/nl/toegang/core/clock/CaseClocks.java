package nl.toegang.core.clock;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseMessages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision term of a case as a service: the route starts it, a case worker stops it with an
 * information request (Awb 4:15) or extends it once (Awb 4:14), the resident's answer starts it
 * again. Every change is a line in the case's history with its reason and the new deadline, and
 * the case's process hears the new deadline by message {@value #DEADLINE_MOVED}.
 *
 * <p>A request that passes unanswered needs no timer: while the clock stands still the deadline is
 * the day it will be if nobody answers ({@link CaseClock#expectedDeadline}), so that is what the
 * process watches; an answer brings it forward and sends the new day.
 */
@Singleton
public class CaseClocks {

    /** The message a route's deadline watch waits for; correlation key the case id, variable {@value #DEADLINE_VARIABLE}. */
    public static final String DEADLINE_MOVED = "termijn-gewijzigd";
    public static final String DEADLINE_VARIABLE = "beschikkingDeadline";
    /** The end of the open request's answer term while the clock stands still, else null: the watch does not warn before. */
    public static final String STANDS_STILL_VARIABLE = "termijnStaatStilTot";
    public static final String CHANGE_VARIABLE = "termijnWijziging";
    static final Set<CaseEvent.Type> CLOCK_EVENTS = EnumSet.of(CaseEvent.Type.DEADLINE_SET,
            CaseEvent.Type.INFORMATION_REQUESTED, CaseEvent.Type.INFORMATION_RECEIVED, CaseEvent.Type.DEADLINE_EXTENDED);
    private static final int ATTEMPTS = 5;
    public static final int MAX_TEXT = 4000;
    /** The answer term a request gets when the case worker does not choose one. */
    public static final Period DEFAULT_ANSWER_TERM = Period.ofWeeks(2);
    private static final Logger LOG = LoggerFactory.getLogger(CaseClocks.class);

    private final CaseClockRepository clocks;
    private final CaseEventRepository events;
    private final TermCounting counting;
    private final CaseMessages messages;
    private final PlatformClock clock;

    @Inject
    public CaseClocks(CaseClockRepository clocks, CaseEventRepository events, TermCounting counting, CaseMessages messages,
            PlatformClock clock) {
        this.clocks = clocks;
        this.events = events;
        this.counting = counting;
        this.messages = messages;
        this.clock = clock;
    }

    public TermCounting counting() {
        return counting;
    }

    public LocalDate today() {
        return clock.today();
    }

    /**
     * Starts the term of a step (a route's job): the term counts from the day after {@code receivedDay}.
     * Starting the same step again (a job delivered twice) leaves the clock as it is; a new step
     * (the Wmo decision after the investigation) starts a new term.
     */
    public StoredClock start(String caseId, String law, String step, LocalDate receivedDay, Period term, String source) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<StoredClock> existing = clocks.find(caseId);
            if (existing.isPresent() && existing.get().step().equals(step)) {
                return existing.get();
            }
            long version = existing.map(StoredClock::version).orElse(0L) + 1;
            StoredClock started = new StoredClock(caseId, law, step, CaseClock.start(receivedDay, term, source), List.of(),
                    version);
            LocalDate deadline = started.clock().expectedDeadline(counting, today());
            Map<String, Object> data = new HashMap<>();
            data.put("deadline", deadline.toString());
            data.put("term", term.toString());
            data.put("source", source);
            data.put("step", step);
            if (clocks.save(started, CaseEvent.of(caseId, CaseEvent.Type.DEADLINE_SET, CaseEvent.SYSTEM, null, true, data))) {
                return started;
            }
        }
        throw ProblemException.conflict("clock.changedMeanwhile");
    }

    public Optional<StoredClock> find(String caseId) {
        return clocks.find(caseId);
    }

    /**
     * A case worker asks the resident for missing information; the clock stands still from the day
     * after today until the answer arrives or {@code answerBy} has passed.
     *
     * @return the id of the request, which the resident's answer names
     */
    public String requestInformation(String caseId, Principal worker, String question, LocalDate answerBy) {
        LocalDate today = today();
        Map<String, List<Wording>> wrong = new HashMap<>();
        if (question == null || question.isBlank()) {
            wrong.put("question", List.of(Wording.of("problem.clock.questionMissing")));
        } else if (question.length() > MAX_TEXT) {
            wrong.put("question", List.of(Wording.of("problem.clock.textTooLong", MAX_TEXT)));
        }
        if (answerBy == null) {
            wrong.put("answerBy", List.of(Wording.of("problem.clock.answerByMissing")));
        } else if (!answerBy.isAfter(today)) {
            wrong.put("answerBy", List.of(Wording.of("problem.clock.answerByNotAfterToday")));
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.refused(wrong, "input.invalid");
        }
        String requestId = "IR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        change(caseId, worker, CaseEvent.Type.INFORMATION_REQUESTED, stored -> {
            CaseClock.Suspension suspension = new CaseClock.Suspension(requestId, today, answerBy, null, question.strip());
            return stored.asked(stored.clock().suspended(suspension),
                    new StoredClock.InformationRequest(requestId, worker.subject(), worker.name(), null));
        }, Map.of("requestId", requestId, "question", question.strip(), "answerBy", answerBy.toString()));
        return requestId;
    }

    /**
     * The last day to answer as a person gives it: a term from today ({@code within}, an ISO period such
     * as P2W) or a day ({@code day}, ISO date as a date field sends it); two weeks when neither is given.
     *
     * @throws ProblemException 422 naming field {@code answerBy} or {@code answerWithin} when it is no day or term
     */
    public LocalDate answerBy(String within, String day) {
        if (day != null && !day.isBlank()) {
            return day("answerBy", day);
        }
        if (within == null || within.isBlank()) {
            return today().plus(DEFAULT_ANSWER_TERM);
        }
        try {
            Period term = Period.parse(within.strip());
            if (term.isNegative() || term.isZero()) {
                throw new java.time.format.DateTimeParseException("not positive", within, 0);
            }
            return today().plus(term);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.refused(Map.of("answerWithin", List.of(Wording.of("problem.clock.termInvalid"))),
                    "input.invalid");
        }
    }

    /** A day typed or sent as an ISO date; a wrong one is refused naming {@code field}. */
    public static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.refused(Map.of(field, List.of(Wording.of("problem.clock.dateInvalid"))), "input.invalid");
        }
    }

    /** The answer arrived on {@code answeredOn} (by post, at the desk), without a text in Toegang. */
    public ClockView answer(String caseId, String requestId, LocalDate answeredOn) {
        return answer(caseId, requestId, answeredOn, null, null);
    }

    /**
     * The resident's answer to a request: the clock runs again from {@code answeredOn}, and the deadline
     * moves by exactly the days it stood still. A second answer to the same request is refused.
     *
     * @param by who answered, or null when a case worker records an answer that came otherwise
     */
    public ClockView answer(String caseId, String requestId, LocalDate answeredOn, Principal by, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw ProblemException.refused(Map.of("answer", List.of(Wording.of("problem.clock.textTooLong", MAX_TEXT))),
                    "input.invalid");
        }
        Map<String, Object> data = new HashMap<>();
        data.put("requestId", requestId);
        data.put("answer", text == null ? "" : text.strip());
        data.put("answeredOn", answeredOn.toString());
        return change(caseId, by, CaseEvent.Type.INFORMATION_RECEIVED, stored -> {
            CaseClock.Suspension request = stored.clock().suspensions().stream().filter(s -> s.id().equals(requestId))
                    .findFirst().orElseThrow(() -> ProblemException.notFound("clock.requestUnknown"));
            if (request.answeredOn() != null) {
                throw ProblemException.conflict("clock.requestAnswered", new DayInWords(request.answeredOn()));
            }
            if (answeredOn.isBefore(request.requestedOn())) {
                throw ProblemException.refused(Map.of("answeredOn", List.of(Wording.of("problem.clock.answerBeforeRequest"))),
                        "input.invalid");
            }
            data.put("suspendedDays", request.answered(answeredOn).days(answeredOn));
            return stored.answered(stored.clock().answered(requestId, answeredOn), requestId, text == null ? null : text.strip());
        }, data);
    }

    /**
     * Extends the decision term once (Awb 4:14(3)): to a day after the current deadline, with a reason
     * the resident reads in the letter. A second extension is refused with 409.
     */
    public ClockView extend(String caseId, Principal worker, LocalDate until, String reason) {
        Map<String, List<Wording>> wrong = new HashMap<>();
        if (reason == null || reason.isBlank()) {
            wrong.put("reason", List.of(Wording.of("problem.clock.reasonMissing")));
        } else if (reason.length() > MAX_TEXT) {
            wrong.put("reason", List.of(Wording.of("problem.clock.textTooLong", MAX_TEXT)));
        }
        if (until == null) {
            wrong.put("until", List.of(Wording.of("problem.clock.untilMissing")));
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.refused(wrong, "input.invalid");
        }
        LocalDate today = today();
        return change(caseId, worker, CaseEvent.Type.DEADLINE_EXTENDED, stored -> {
            CaseClock.Extension before = stored.clock().extension();
            if (before != null) {
                throw ProblemException.conflict("clock.alreadyExtended", new DayInWords(before.decidedOn()),
                        new DayInWords(before.until()));
            }
            LocalDate current = stored.clock().expectedDeadline(counting, today);
            if (!until.isAfter(current)) {
                throw ProblemException.refused(Map.of("until", List.of(Wording.of("problem.clock.untilNotAfterDeadline",
                        new DayInWords(current)))), "input.invalid");
            }
            return stored.changed(stored.clock().extended(new CaseClock.Extension(today, until, reason.strip())));
        }, Map.of("until", until.toString(), "reason", reason.strip()));
    }

    /** Where the term stands {@code today}, or empty when no route started one for this case. */
    public Optional<ClockView> current(String caseId, LocalDate today) {
        return clocks.find(caseId).map(stored -> view(stored, today));
    }

    public Optional<ClockView> current(String caseId) {
        return current(caseId, today());
    }

    /**
     * The variables a process gets for the deadline: the end of its last day, until when the clock
     * stands still, what changed ({@value #CHANGE_VARIABLE}: gestart, gevraagd, beantwoord, verlengd)
     * and, after an extension, the new day and its reason for the letter (verdaagdTot, verdagingReden).
     */
    public static Map<String, Object> processVariables(ClockView view, String change) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DEADLINE_VARIABLE, view.deadlineEnd().toString());
        variables.put(STANDS_STILL_VARIABLE,
                view.standsStillUntil() == null ? null : TermCounting.endOfDay(view.standsStillUntil()).toString());
        variables.put(CHANGE_VARIABLE, change);
        // An ISO day: a letter writes it out in the reader's language.
        variables.put("verdaagdTot", view.extension() == null ? null : view.deadline().toString());
        variables.put("verdagingReden", view.extension() == null ? null : view.extension().reason());
        return variables;
    }

    static String changeOf(CaseEvent.Type type) {
        return switch (type) {
            case INFORMATION_REQUESTED -> "gevraagd";
            case INFORMATION_RECEIVED -> "beantwoord";
            case DEADLINE_EXTENDED -> "verlengd";
            default -> "gestart";
        };
    }

    private ClockView change(String caseId, Principal actor, CaseEvent.Type type, Function<StoredClock, StoredClock> change,
            Map<String, Object> data) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            StoredClock stored = clocks.find(caseId).orElseThrow(() -> ProblemException.notFound("clock.notStarted"));
            StoredClock changed = change.apply(stored);
            LocalDate today = today();
            ClockView after = view(changed, today);
            Map<String, Object> eventData = new HashMap<>(data);
            eventData.put("deadline", after.deadline().toString());
            eventData.put("daysSuspended", after.daysSuspended());
            CaseEvent event = CaseEvent.of(caseId, type, actor == null ? CaseEvent.SYSTEM : actor.subject(),
                    actor == null ? null : actor.name(), true, eventData);
            if (clocks.save(changed, event)) {
                publish(caseId, changed.version(), after, changeOf(type));
                return view(changed, today);
            }
        }
        throw ProblemException.conflict("clock.changedMeanwhile");
    }

    private void publish(String caseId, long version, ClockView view, String change) {
        // Saved first: the deadline is the record's. An engine that cannot be reached now leaves the
        // route's warning on the old day; the pages show the right one.
        if (!messages.trySend(DEADLINE_MOVED, caseId, DEADLINE_MOVED + ":" + caseId + ":" + version,
                processVariables(view, change))) {
            LOG.warn("Case {}: the engine did not hear the new deadline {} (clock version {})", caseId, view.deadline(), version);
        }
    }

    private ClockView view(StoredClock stored, LocalDate today) {
        CaseClock c = stored.clock();
        LocalDate deadline = c.expectedDeadline(counting, today);
        List<ClockView.Request> requests = c.suspensions().stream().map(s -> {
            Optional<StoredClock.InformationRequest> r = stored.request(s.id());
            return new ClockView.Request(s.id(), s.reason(), r.map(StoredClock.InformationRequest::askedByName).orElse(null),
                    s.requestedOn(), s.answerBy(), s.answeredOn(), r.map(StoredClock.InformationRequest::answer).orElse(null),
                    s.running(today), s.days(today));
        }).toList();
        List<CaseEvent> history = events.list(stored.caseId()).stream().filter(e -> CLOCK_EVENTS.contains(e.type())).toList();
        return new ClockView(stored.caseId(), stored.law(), stored.step(), c.source(), c.received(), c.term(), deadline,
                TermCounting.endOfDay(deadline), c.suspendedDays(today), c.standsStillUntil(today), requests, c.extension(),
                history, stored.version());
    }
}
