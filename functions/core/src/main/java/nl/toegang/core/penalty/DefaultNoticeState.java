package nl.toegang.core.penalty;

import java.time.LocalDate;

/**
 * Where a case stands with the Awb 4:17 penalty on one day.
 *
 * @param deadline the last day of the decision term (from the case's clock)
 * @param termPassed the term has passed and no decision was sent
 * @param decidedOn the day the decision letter was sent; null while none was
 * @param noticeReceived the day the municipality received the notice of default; null without one
 * @param penaltyFrom the first day the penalty is owed (two weeks after the notice, Awb 4:17(3)); null without notice
 * @param penaltyLastDay the day the maximum of 42 days is reached when no decision comes
 * @param days the days of penalty owed so far (or in all, once decided)
 * @param euros the amount owed so far, in whole euros (Awb 4:17(2))
 */
public record DefaultNoticeState(String caseId, LocalDate today, LocalDate deadline, boolean termPassed, LocalDate decidedOn,
        LocalDate noticeReceived, LocalDate penaltyFrom, LocalDate penaltyLastDay, int days, int euros) {

    /** The resident may give notice: the term passed, no decision, no notice yet. */
    public boolean mayGiveNotice() {
        return termPassed && noticeReceived == null;
    }

    public boolean noticeGiven() {
        return noticeReceived != null;
    }

    /** The two weeks after the notice have passed: the penalty runs (or ran). */
    public boolean accruing() {
        return noticeGiven() && !today.isBefore(penaltyFrom) && days > 0;
    }

    public boolean maximumReached() {
        return days >= 42;
    }

    public boolean decided() {
        return decidedOn != null;
    }
}
