package nl.toegang.resident;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import nl.toegang.auth.Principal;
import nl.toegang.core.penalty.DefaultNoticeState;
import nl.toegang.core.penalty.DefaultNotices;
import nl.toegang.core.web.ProblemException;

/** The notice of default (Awb 4:17) in the resident's API. */
@Controller("/api/cases/{caseId}/default-notice")
@SecurityRequirement(name = "bearer")
@Tag(name = "Residents")
public class DefaultNoticeApi {

    private final DefaultNotices notices;

    public DefaultNoticeApi(DefaultNotices notices) {
        this.notices = notices;
    }

    /**
     * @param penaltyFrom the first day the penalty is owed; null without notice
     * @param penaltyDays the days owed so far; {@code penaltyEuros} the amount in whole euros
     */
    @Introspected
    public record DefaultNoticeView(String caseId, LocalDate deadline, boolean termPassed, boolean mayGiveNotice,
            LocalDate noticeReceived, LocalDate penaltyFrom, LocalDate penaltyLastDay, LocalDate decidedOn, int penaltyDays,
            int penaltyEuros) {
        static DefaultNoticeView of(DefaultNoticeState s) {
            return new DefaultNoticeView(s.caseId(), s.deadline(), s.termPassed(), s.mayGiveNotice(), s.noticeReceived(),
                    s.penaltyFrom(), s.penaltyLastDay(), s.decidedOn(), s.days(), s.euros());
        }
    }

    @Operation(summary = "Whether the decision term has passed, the notice of default and the penalty so far")
    @Get
    public DefaultNoticeView state(String caseId, @Parameter(hidden = true) Principal principal) {
        return DefaultNoticeView.of(notices.forResident(principal, caseId)
                .orElseThrow(() -> ProblemException.conflict("defaultNotice.noTerm")));
    }

    @Operation(summary = "Give notice of default once the term has passed (409 before); a second notice changes nothing")
    @Post
    public HttpResponse<DefaultNoticeView> give(String caseId, @Parameter(hidden = true) Principal principal) {
        return HttpResponse.created(DefaultNoticeView.of(notices.give(principal, caseId)));
    }
}
