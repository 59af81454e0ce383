package nl.toegang.resident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseIds;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.cases.WhoMaySend;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.pages.resident.Receipt;

/**
 * The receipt for someone who sent a form but does not see the case: a referrer, a signaller, a
 * resident raising a signal about someone else. It shows the reference and nothing of the case.
 */
@Controller(value = "/ontvangen", produces = MediaType.TEXT_HTML)
@Hidden
public class ReceiptPage {

    private final CaseRepository cases;
    private final Pages pages;

    public ReceiptPage(CaseRepository cases, Pages pages) {
        this.cases = cases;
        this.pages = pages;
    }

    /** Where the sender goes after sending: their case page when they may see it, else this receipt. */
    static HttpResponse<String> after(Principal sender, SubmissionService.Outcome outcome, CaseAccess access) {
        CaseRecord c = outcome.caseRecord();
        if (access.relation(sender, c).isPresent()) {
            return Pages.redirect("/mijn-aanvragen/" + c.caseId() + (outcome.repeated() ? "?herhaald=1" : "?ontvangen=1"));
        }
        return Pages.redirect("/ontvangen/" + c.caseId());
    }

    static HttpResponse<String> afterRepeat(Principal sender, CaseRecord c, CaseAccess access) {
        return access.relation(sender, c).isPresent()
                ? Pages.redirect("/mijn-aanvragen/" + c.caseId() + "?herhaald=1")
                : Pages.redirect("/ontvangen/" + c.caseId());
    }

    @Get("/{caseId}")
    public HttpResponse<String> show(String caseId, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireSender(principal);
        // Only whoever sent it gets its receipt; for anyone else the case does not exist.
        boolean sentByThem = CaseIds.looksValid(caseId)
                && cases.find(caseId).filter(c -> c.ownedBy(principal.subject())).isPresent();
        if (!sentByThem) {
            throw ProblemException.notFound("case.unknown", caseId);
        }
        PageContext ctx = PageContext.of(request, principal);
        return pages.ok(ctx, "resident/receipt", ctx.t("receipt.title"),
                Map.of("receipt", new Receipt(ctx.t("receipt.text", caseId), ctx.t("receipt.private"))));
    }
}
