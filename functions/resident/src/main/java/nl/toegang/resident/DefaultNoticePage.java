package nl.toegang.resident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.penalty.DefaultNoticeState;
import nl.toegang.core.penalty.DefaultNotices;
import nl.toegang.core.penalty.PenaltyWords;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;

/** "Ingebrekestelling sturen": the resident reads what it means, then confirms; a second confirmation changes nothing. */
@Controller(value = "/mijn-aanvragen/{caseId}/ingebrekestelling", produces = MediaType.TEXT_HTML)
@Hidden
public class DefaultNoticePage {

    private final DefaultNotices notices;
    private final Pages pages;

    public DefaultNoticePage(DefaultNotices notices, Pages pages) {
        this.notices = notices;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> question(String caseId, Principal principal, HttpRequest<?> request) {
        DefaultNoticeState state = notices.forResident(principal, caseId).orElse(null);
        if (state == null || !state.mayGiveNotice()) {
            return Pages.redirect("/mijn-aanvragen/" + caseId);
        }
        PageContext ctx = PageContext.of(request, principal);
        return pages.ok(ctx, "penalty/confirm", ctx.t("penalty.give"),
                Map.of("caseId", caseId, "panel", PenaltyWords.confirmation(ctx, state)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> give(String caseId, Principal principal, HttpRequest<?> request) {
        if ("ja".equals(FormPosts.first(FormPosts.read(request), "bevestigd"))) {
            notices.give(principal, caseId);
        }
        return Pages.redirect("/mijn-aanvragen/" + caseId + "#dwangsom");
    }
}
