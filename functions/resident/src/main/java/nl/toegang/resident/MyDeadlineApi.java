package nl.toegang.resident;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.clock.ClockView;
import nl.toegang.core.clock.DayInWords;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.Language;

/** When the resident gets a decision, and the municipality's questions they can answer (Awb 4:15). */
@Controller("/api/cases/{caseId}")
public class MyDeadlineApi {

    private final CaseAccess access;
    private final CaseClocks clocks;

    public MyDeadlineApi(CaseAccess access, CaseClocks clocks) {
        this.access = access;
        this.clocks = clocks;
    }

    @Introspected
    public record Answer(@Nullable String answer) {}

    /**
     * @param deadline the last day for the decision; while a question is open, the day it will be if it goes unanswered
     * @param deadlineText that day written out in the reader's language
     */
    @Introspected
    public record Deadline(String caseId, LocalDate deadline, String deadlineText, long daysSuspended, boolean standsStill,
            List<OpenQuestion> openQuestions, @Nullable Extension extension) {

        static Deadline of(ClockView v, Language language) {
            return new Deadline(v.caseId(), v.deadline(), new DayInWords(v.deadline()).in(language), v.daysSuspended(),
                    v.standsStill(),
                    v.openRequests().stream().map(r -> new OpenQuestion(r.id(), r.question(), r.answerBy(),
                            new DayInWords(r.answerBy()).in(language))).toList(),
                    v.extension() == null ? null : new Extension(v.extension().reason()));
        }
    }

    @Introspected
    public record OpenQuestion(String requestId, String question, LocalDate answerBy, String answerByText) {}

    @Introspected
    public record Extension(String reason) {}

    @Operation(summary = "When the resident gets a decision, and the open questions of the municipality")
    @Get("/deadline")
    public Deadline deadline(String caseId, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        access.ownCase(principal, caseId);
        return Deadline.of(current(caseId), LanguageResolver.resolve(request));
    }

    @Operation(summary = "Answer a question of the municipality; the clock runs again from today and the decision"
            + " date moves by exactly the days it stood still")
    @Post(value = "/information/{requestId}", consumes = MediaType.APPLICATION_JSON)
    public Deadline answer(String caseId, String requestId, @Nullable @Body Answer body,
            @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        access.ownCase(principal, caseId);
        String text = body == null ? null : body.answer();
        ResidentAnswers.requireText(text);
        clocks.answer(caseId, requestId, clocks.today(), principal, text);
        return Deadline.of(current(caseId), LanguageResolver.resolve(request));
    }

    private ClockView current(String caseId) {
        return clocks.current(caseId).orElseThrow(() -> ProblemException.notFound("clock.notStarted"));
    }
}
