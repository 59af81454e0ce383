package nl.toegang.core.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.toegang.core.cases.CaseEvent;

/**
 * Where a case's decision term stands on one day, for the case worker's file, the resident's page
 * and the API.
 *
 * @param deadline the last day of the decision term; while the clock stands still, the day it will be
 *     if the open request goes unanswered (an earlier answer brings it forward)
 * @param deadlineEnd the end of that day in Dutch time: what the process watches as {@code beschikkingDeadline}
 * @param daysSuspended the days the clock stood still so far
 * @param standsStillUntil the last day of the open request's answer term; null while the clock runs
 * @param history every change of the deadline, oldest first, with its reason
 */
public record ClockView(
        String caseId,
        String law,
        String step,
        String source,
        LocalDate received,
        Period term,
        LocalDate deadline,
        Instant deadlineEnd,
        long daysSuspended,
        LocalDate standsStillUntil,
        List<Request> requests,
        CaseClock.Extension extension,
        List<CaseEvent> history,
        long version) {

    /**
     * One request for information.
     *
     * @param answerBy the last day the resident has to answer
     * @param open whether it awaits an answer and its term has not passed
     * @param suspendedDays the days it stopped the clock so far
     */
    public record Request(String id, String question, String askedByName, LocalDate requestedOn, LocalDate answerBy,
            LocalDate answeredOn, String answer, boolean open, long suspendedDays) {}

    public boolean standsStill() {
        return standsStillUntil != null;
    }

    public boolean extended() {
        return extension != null;
    }

    public List<Request> openRequests() {
        return requests.stream().filter(Request::open).toList();
    }
}
