package nl.toegang.core.penalty;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.DecisionLetters;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseMessages;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.clock.ClockView;
import nl.toegang.core.clock.PenaltyForLateDecision;
import nl.toegang.core.clock.PlatformClock;
import nl.toegang.core.clock.TermCounting;
import nl.toegang.core.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not deciding in time (Awb 4:17): once the decision term has passed, the resident gives notice of
 * default (ingebrekestelling) on their page. Recorded once per case, on the day it was received;
 * two weeks later the penalty starts ({@link PenaltyForLateDecision}), until the decision letter is
 * sent or the maximum is reached. The route hears of it by message {@value #NOTICE_RECEIVED} (a task
 * for the team lead) and of the decision by {@value #DECISION_SENT} (the penalty to settle, Awb 4:18).
 */
@Singleton
public class DefaultNotices {

    /** Correlation key the case id; variables {@value #NOTICE_VARIABLE}, {@value #FROM_VARIABLE}, {@value #LAST_DAY_VARIABLE}. */
    public static final String NOTICE_RECEIVED = "ingebrekestelling-ontvangen";
    /** A decision letter was sent on a case with a notice of default: the penalty stops. */
    public static final String DECISION_SENT = "besluit-verzonden";
    public static final String NOTICE_VARIABLE = "ingebrekestellingOntvangen";
    /** The start of the first day the penalty is owed, as an instant: the route's timer waits for it. */
    public static final String FROM_VARIABLE = "dwangsomVanaf";
    /** The end of the last day the penalty can be owed (the maximum), as an instant. */
    public static final String LAST_DAY_VARIABLE = "dwangsomLaatsteDag";
    private static final Logger LOG = LoggerFactory.getLogger(DefaultNotices.class);

    private final CaseClocks clocks;
    private final CaseEventRepository events;
    private final CaseAccess access;
    private final CaseMessages messages;
    private final PlatformClock clock;

    public DefaultNotices(CaseClocks clocks, CaseEventRepository events, CaseAccess access, CaseMessages messages,
            PlatformClock clock) {
        this.clocks = clocks;
        this.events = events;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where the case stands today; empty when no decision term runs for it. */
    public Optional<DefaultNoticeState> state(String caseId) {
        return state(caseId, clock.today());
    }

    public Optional<DefaultNoticeState> state(String caseId, LocalDate today) {
        Optional<ClockView> view = clocks.current(caseId, today);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        List<CaseEvent> history = events.list(caseId);
        LocalDate decidedOn = history.stream().filter(this::endsTheTerm).findFirst()
                .map(e -> TermCounting.dayOf(e.at())).orElse(null);
        Optional<CaseEvent> notice = history.stream().filter(e -> e.type() == CaseEvent.Type.DEFAULT_NOTICE_RECEIVED).findFirst();
        // The deadline the notice was given against: a later change of the clock does not undo a notice received.
        LocalDate deadline = notice.map(n -> LocalDate.parse(n.text("deadline"))).orElse(view.get().deadline());
        if (notice.isEmpty()) {
            return Optional.of(new DefaultNoticeState(caseId, today, deadline, today.isAfter(deadline) && decidedOn == null,
                    decidedOn, null, null, null, 0, 0));
        }
        LocalDate received = LocalDate.parse(notice.get().text("receivedOn"));
        PenaltyForLateDecision penalty = new PenaltyForLateDecision(deadline, received);
        int days = penalty.days(today, decidedOn);
        return Optional.of(new DefaultNoticeState(caseId, today, deadline, true, decidedOn, received, penalty.firstDay(),
                penalty.lastDay(), days, PenaltyForLateDecision.euros(days)));
    }

    /** The state for the resident of the case (or who acts for them). */
    public Optional<DefaultNoticeState> forResident(Principal resident, String caseId) {
        return state(access.ownCase(resident, caseId).caseId());
    }

    /**
     * The resident gives notice of default. A second notice (a double click, a second tab) changes
     * nothing: the first day it was received counts.
     *
     * @throws ProblemException 409 while the term has not passed, or once the decision was sent
     */
    public DefaultNoticeState give(Principal resident, String caseId) {
        CaseRecord c = access.ownCase(resident, caseId);
        DefaultNoticeState state = state(c.caseId()).orElseThrow(() -> ProblemException.conflict("defaultNotice.noTerm"));
        if (state.noticeGiven()) {
            return state;
        }
        if (!state.mayGiveNotice()) {
            throw ProblemException.conflict(state.decided() ? "defaultNotice.decided" : "defaultNotice.termRuns");
        }
        LocalDate received = state.today();
        PenaltyForLateDecision penalty = new PenaltyForLateDecision(state.deadline(), received);
        Map<String, Object> data = new HashMap<>();
        data.put("receivedOn", received.toString());
        data.put("deadline", state.deadline().toString());
        data.put("penaltyFrom", penalty.firstDay().toString());
        if (events.appendOnce(CaseEvent.of(c.caseId(), CaseEvent.Type.DEFAULT_NOTICE_RECEIVED, resident.subject(),
                resident.name(), true, data), "ingebrekestelling")) {
            // The variables start the dwangsom process too: it needs the case, its law and its team.
            tell(c.caseId(), NOTICE_RECEIVED, Map.of("caseId", c.caseId(), "wet", c.law(), "team", team(c.law()),
                    NOTICE_VARIABLE, received.toString(),
                    FROM_VARIABLE, TermCounting.endOfDay(penalty.firstDay().minusDays(1)).plusSeconds(1).toString(),
                    LAST_DAY_VARIABLE, TermCounting.endOfDay(penalty.lastDay()).toString()));
        }
        return state(c.caseId()).orElseThrow();
    }

    /**
     * A letter was sent (the letter job): when it is a decision on a case with a notice of default,
     * the route hears that the penalty stopped.
     */
    public void letterSent(CaseEvent letter) {
        if (!DecisionLetters.isDecision(letter)) {
            return;
        }
        String caseId = letter.caseId();
        boolean noticeGiven = events.list(caseId).stream().anyMatch(e -> e.type() == CaseEvent.Type.DEFAULT_NOTICE_RECEIVED);
        if (noticeGiven) {
            tell(caseId, DECISION_SENT, Map.of());
        }
    }

    /** The penalty in the process's variables, for the team lead's task to settle it (Awb 4:18). */
    public Map<String, Object> settlement(String caseId) {
        DefaultNoticeState s = state(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no term"));
        LocalDate lastOwed = s.days() == 0 ? s.today() : s.penaltyFrom().plusDays(s.days() - 1L);
        Map<String, Object> variables = new HashMap<>();
        variables.put("dwangsomDagen", s.days());
        variables.put("dwangsomBedrag", s.euros());
        // Awb 4:18: the body decides on the penalty within two weeks after the last day it was owed.
        variables.put("dwangsomVaststellenVoor", TermCounting.endOfDay(lastOwed.plusWeeks(2)).toString());
        return variables;
    }

    /** The team that decides under each law (the teams of issue 7: {@code <team>-teamleiders} gets the task). */
    static String team(String law) {
        return switch (law) {
            case "jeugdwet" -> "jeugd";
            case "participatiewet" -> "inkomen";
            case "schuldhulp" -> "schuldhulp";
            case "signaal" -> "signalen";
            case "hulpvraag" -> "voordeur";
            default -> "wmo";
        };
    }

    private boolean endsTheTerm(CaseEvent e) {
        return DecisionLetters.isDecision(e)
                || e.type() == CaseEvent.Type.WITHDRAWAL_REQUESTED;
    }

    private void tell(String caseId, String message, Map<String, Object> variables) {
        if (!messages.trySend(message, caseId, message + ":" + caseId, variables)) {
            LOG.warn("Case {}: the engine did not hear {}; the case page shows the notice all the same", caseId, message);
        }
    }
}
