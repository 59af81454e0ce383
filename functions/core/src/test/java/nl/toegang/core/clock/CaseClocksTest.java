package nl.toegang.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toegang.auth.Principal;
import nl.toegang.core.CoreTestEnvironment;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.Test;

/** The clock service against DynamoDB Local and the real engine: what a case worker and a resident do to a term. */
class CaseClocksTest {

    final CaseClocks clocks = CoreTestEnvironment.bean(CaseClocks.class);
    final CaseEventRepository events = CoreTestEnvironment.bean(CaseEventRepository.class);
    final TermCounting counting = clocks.counting();
    final Principal sanne = CoreTestEnvironment.caseWorker("sanne", "wmo-consulenten");
    final Principal jan = CoreTestEnvironment.caseWorker("jan", "wmo-consulenten");
    final LocalDate today = clocks.today();

    @Test
    void aStartedTermEndsWhereTheLawCountsItAndIsInTheHistory() {
        String caseId = caseId();
        LocalDate received = today.minusDays(3);

        clocks.start(caseId, "wmo", "beschikking", received, Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015");
        clocks.start(caseId, "wmo", "beschikking", received, Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015");
        ClockView view = clocks.current(caseId, today).orElseThrow();

        assertThat(view.deadline()).isEqualTo(counting.end(received, Period.ofWeeks(2)));
        assertThat(view.deadlineEnd()).isEqualTo(TermCounting.endOfDay(view.deadline()));
        assertThat(view.source()).isEqualTo("art. 2.3.5 lid 1 Wmo 2015");
        assertThat(view.daysSuspended()).isZero();
        assertThat(view.history()).extracting(CaseEvent::type).containsExactly(CaseEvent.Type.DEADLINE_SET);
        assertThat(events.list(caseId)).as("the clock item is no line of the history").hasSize(1);
    }

    @Test
    void anAnswerMovesTheDeadlineByExactlyTheDaysTheClockStoodStill() {
        String caseId = caseId();
        LocalDate received = today.minusDays(2);
        clocks.start(caseId, "wmo", "beschikking", received, Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015");

        String requestId = clocks.requestInformation(caseId, sanne, "Stuur de brief van uw huisarts.", today.plusWeeks(2));
        ClockView waiting = clocks.current(caseId, today.plusDays(1)).orElseThrow();
        ClockView answered = clocks.answer(caseId, requestId, today.plusDays(5));

        assertThat(waiting.standsStill()).isTrue();
        assertThat(waiting.openRequests()).extracting(ClockView.Request::question).containsExactly("Stuur de brief van uw huisarts.");
        assertThat(waiting.deadline()).as("while it stands still: the day it ends if nobody answers")
                .isEqualTo(counting.moveOffRestDay(received, received.plusWeeks(2).plusDays(14)));
        // The clock stops the day after the request and runs again on the day of the answer (Awb 4:15).
        assertThat(answered.daysSuspended()).isEqualTo(4);
        assertThat(answered.standsStill()).isFalse();
        assertThat(answered.deadline()).isEqualTo(counting.moveOffRestDay(received, received.plusWeeks(2).plusDays(4)));
        assertThat(answered.history()).extracting(CaseEvent::type).containsExactly(CaseEvent.Type.DEADLINE_SET,
                CaseEvent.Type.INFORMATION_REQUESTED, CaseEvent.Type.INFORMATION_RECEIVED);
        assertThat(answered.history().get(2).text("deadline")).isEqualTo(answered.deadline().toString());
        assertThatThrownBy(() -> clocks.answer(caseId, requestId, today.plusDays(6)))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
    }

    @Test
    void aRequestThatPassesUnansweredStopsTheClockForItsWholeTerm() {
        String caseId = caseId();
        LocalDate received = today.minusDays(1);
        clocks.start(caseId, "participatiewet", "besluit", received, Period.ofWeeks(8), "art. 4:13 lid 2 Awb");
        clocks.requestInformation(caseId, sanne, "Stuur uw bankafschriften.", today.plusDays(10));

        ClockView later = clocks.current(caseId, today.plusDays(30)).orElseThrow();

        assertThat(later.daysSuspended()).isEqualTo(10);
        assertThat(later.openRequests()).isEmpty();
        assertThat(later.deadline()).isEqualTo(counting.moveOffRestDay(received, received.plusWeeks(8).plusDays(10)));
    }

    @Test
    void aTermIsExtendedOnceWithAReasonAndTheSecondTimeIsRefusedInWords() {
        String caseId = caseId();
        clocks.start(caseId, "wmo", "beschikking", today, Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015");
        LocalDate deadline = clocks.current(caseId, today).orElseThrow().deadline();

        assertThatThrownBy(() -> clocks.extend(caseId, sanne, deadline, "Advies van de arts nodig."))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors(Texts.of(Language.NL))).extracting(ProblemException.FieldError::field).containsExactly("until");
                });
        ClockView extended = clocks.extend(caseId, sanne, deadline.plusWeeks(4), "Advies van de arts nodig.");

        assertThat(extended.deadline()).isEqualTo(counting.moveOffRestDay(today, deadline.plusWeeks(4)));
        assertThat(extended.extension().reason()).isEqualTo("Advies van de arts nodig.");
        assertThatThrownBy(() -> clocks.extend(caseId, sanne, deadline.plusWeeks(6), "Nog meer tijd."))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.detail(Texts.of(Language.NL))).contains("al eens verlengd").doesNotContain("-");
                });
    }

    @Test
    void twoWorkersExtendingAtOnceMakeOneExtension() throws Exception {
        String caseId = caseId();
        clocks.start(caseId, "jeugdwet", "beschikking", today, Period.ofWeeks(8), "art. 4:13 lid 2 Awb");
        LocalDate deadline = clocks.current(caseId, today).orElseThrow().deadline();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ClockView>> tries = new ArrayList<>();
        for (Principal worker : List.of(sanne, jan)) {
            tries.add(pool.submit(() -> {
                go.await();
                return clocks.extend(caseId, worker, deadline.plusWeeks(worker == sanne ? 2 : 3), "Reden van " + worker.subject());
            }));
        }
        go.countDown();
        int won = 0;
        int refused = 0;
        for (Future<ClockView> t : tries) {
            try {
                t.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
                refused++;
            }
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(events.list(caseId)).filteredOn(e -> e.type() == CaseEvent.Type.DEADLINE_EXTENDED).hasSize(1);
    }

    @Test
    void aRequestNeedsAQuestionAndADayAfterToday() {
        String caseId = caseId();
        clocks.start(caseId, "wmo", "beschikking", today, Period.ofWeeks(2), "art. 2.3.5 lid 1 Wmo 2015");

        assertThatThrownBy(() -> clocks.requestInformation(caseId, sanne, " ", today))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.errors(Texts.of(Language.EN)))
                        .extracting(ProblemException.FieldError::field).containsExactlyInAnyOrder("question", "answerBy"));
        assertThatThrownBy(() -> clocks.requestInformation(caseId(), sanne, "Vraag", today.plusDays(3)))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
    }

    private static String caseId() {
        return "WMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
