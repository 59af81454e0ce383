package nl.toegang.caseworker.clock;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.clock.ClockView;
import nl.toegang.core.web.ProblemException;

/**
 * A case's decision term for case workers: where it stands, an information request that stops the
 * clock (Awb 4:15), and the one extension (Awb 4:14). Days are ISO dates (2026-12-16).
 */
@Controller("/api/case-files/{caseId}/clock")
public class ClockApi {

    private final CaseAccess access;
    private final CaseClocks clocks;

    public ClockApi(CaseAccess access, CaseClocks clocks) {
        this.access = access;
        this.clocks = clocks;
    }

    /** @param answerWithin an ISO period (P2W) from today; or {@code answerBy}, a day; two weeks when neither */
    @Introspected
    public record NewInformationRequest(@Nullable String question, @Nullable String answerWithin, @Nullable String answerBy) {}

    @Introspected
    public record NewExtension(@Nullable String until, @Nullable String reason) {}

    @Introspected
    public record RequestCreated(String requestId, Clock clock) {}

    /**
     * @param deadline the last day of the decision term; while the clock stands still, the day it
     *     will be if the request goes unanswered
     */
    @Introspected
    public record Clock(String caseId, String law, String step, String source, LocalDate received, String term,
            LocalDate deadline, Instant deadlineEnd, long daysSuspended, boolean standsStill, @Nullable LocalDate standsStillUntil,
            List<Request> requests, @Nullable Extension extension, List<Change> history) {

        static Clock of(ClockView v) {
            return new Clock(v.caseId(), v.law(), v.step(), v.source(), v.received(), v.term().toString(), v.deadline(),
                    v.deadlineEnd(), v.daysSuspended(), v.standsStill(), v.standsStillUntil(),
                    v.requests().stream().map(r -> new Request(r.id(), r.question(), r.askedByName(), r.requestedOn(),
                            r.answerBy(), r.answeredOn(), r.answer(), r.open(), r.suspendedDays())).toList(),
                    v.extension() == null ? null
                            : new Extension(v.extension().decidedOn(), v.extension().until(), v.extension().reason()),
                    v.history().stream().map(e -> new Change(e.at(), e.type().name(), e.actorName(), e.text("reason"),
                            e.text("question"), e.text("deadline"))).toList());
        }
    }

    @Introspected
    public record Request(String requestId, String question, @Nullable String askedBy, LocalDate requestedOn,
            LocalDate answerBy, @Nullable LocalDate answeredOn, @Nullable String answer, boolean open, long suspendedDays) {}

    @Introspected
    public record Extension(LocalDate decidedOn, LocalDate until, String reason) {}

    /** @param deadline the last day after this change */
    @Introspected
    public record Change(Instant at, String type, @Nullable String by, String reason, String question, String deadline) {}

    @Operation(summary = "Where the decision term of a case stands: last day, days suspended and why, the extension, every change")
    @Get
    public Clock clock(String caseId, @Parameter(hidden = true) Principal principal) {
        access.caseForWorker(principal, caseId);
        return Clock.of(current(caseId));
    }

    @Operation(summary = "Ask the resident for missing information (Awb 4:15): the clock stops from tomorrow until"
            + " the answer, or until the answer term has passed")
    @Post(value = "/information-requests", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<RequestCreated> requestInformation(String caseId, @Nullable @Body NewInformationRequest body,
            @Parameter(hidden = true) Principal principal) {
        access.caseForWorker(principal, caseId);
        NewInformationRequest input = body == null ? new NewInformationRequest(null, null, null) : body;
        LocalDate answerBy = clocks.answerBy(input.answerWithin(), input.answerBy());
        String requestId = clocks.requestInformation(caseId, principal, input.question(), answerBy);
        return HttpResponse.created(new RequestCreated(requestId, Clock.of(current(caseId))));
    }

    @Operation(summary = "Extend the decision term once (Awb 4:14), to a day after the current last day, with a reason"
            + " the resident reads in a letter; a second extension is refused (409)")
    @Post(value = "/extension", consumes = MediaType.APPLICATION_JSON)
    public Clock extend(String caseId, @Nullable @Body NewExtension body, @Parameter(hidden = true) Principal principal) {
        access.caseForWorker(principal, caseId);
        NewExtension input = body == null ? new NewExtension(null, null) : body;
        return Clock.of(clocks.extend(caseId, principal, CaseClocks.day("until", input.until()), input.reason()));
    }

    private ClockView current(String caseId) {
        return clocks.current(caseId).orElseThrow(() -> ProblemException.notFound("clock.notStarted"));
    }
}
