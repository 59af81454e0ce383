package nl.toegang.caseworker;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;

/** The forms of the decision term on the case file: ask the resident for information, extend once. */
@Controller(value = "/werk/zaken/{caseId}/termijn", produces = MediaType.TEXT_HTML)
@Hidden
public class ClockPages {

    private final CaseFile.Loader caseFiles;
    private final CaseClocks clocks;
    private final CaseFilePages caseFilePages;

    public ClockPages(CaseFile.Loader caseFiles, CaseClocks clocks, CaseFilePages caseFilePages) {
        this.caseFiles = caseFiles;
        this.clocks = clocks;
        this.caseFilePages = caseFilePages;
    }

    @Post(value = "/vraag", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> requestInformation(String caseId, Principal principal, HttpRequest<?> request) {
        CaseFile file = caseFiles.load(principal, caseId);
        Map<String, String> typed = typed(FormPosts.read(request), "question", "answerWithin", "answerBy");
        try {
            clocks.requestInformation(caseId, principal, typed.get("question"),
                    clocks.answerBy(typed.get("answerWithin"), typed.get("answerBy")));
        } catch (ProblemException refused) {
            return refused(PageContext.of(request, principal), file, typed, refused);
        }
        return Pages.redirect("/werk/zaken/" + caseId + "#dossier-termijn");
    }

    @Post(value = "/verlengen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> extend(String caseId, Principal principal, HttpRequest<?> request) {
        CaseFile file = caseFiles.load(principal, caseId);
        Map<String, String> typed = typed(FormPosts.read(request), "reason", "until");
        try {
            clocks.extend(caseId, principal, CaseClocks.day("until", typed.get("until")), typed.get("reason"));
        } catch (ProblemException refused) {
            return refused(PageContext.of(request, principal), file, typed, refused);
        }
        return Pages.redirect("/werk/zaken/" + caseId + "#dossier-termijn");
    }

    /** The case file again with what was typed and every reason, field by field; a refusal without a field names the panel. */
    private HttpResponse<String> refused(PageContext ctx, CaseFile file, Map<String, String> typed, ProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.errors(ctx.texts()).forEach(e -> errors.merge(e.field(), e.detail(), (a, b) -> a + " " + b));
        if (errors.isEmpty()) {
            errors.put("termijn", refused.detail(ctx.texts()));
        }
        return caseFilePages.withDeadline(ctx, file, new DeadlinePanels.Typed(typed, errors),
                HttpStatus.valueOf(refused.status()));
    }

    private static Map<String, String> typed(Map<String, List<String>> input, String... fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : fields) {
            String value = FormPosts.first(input, field);
            typed.put(field, value == null ? "" : value);
        }
        return typed;
    }
}
