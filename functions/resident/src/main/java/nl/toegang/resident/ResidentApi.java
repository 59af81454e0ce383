package nl.toegang.resident;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/** The resident's JSON API: the same actions as the pages. */
@Controller("/api")
@SecurityRequirement(name = "bearer")
@Tag(name = "Residents")
public class ResidentApi {

    private final SubmissionService submissions;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final CaseAccess access;
    private final CaseActions actions;
    private final ObjectMapper json;

    public ResidentApi(SubmissionService submissions, CaseRepository cases, CaseEventRepository events, CaseAccess access,
            CaseActions actions, ObjectMapper json) {
        this.json = json;
        this.submissions = submissions;
        this.cases = cases;
        this.events = events;
        this.access = access;
        this.actions = actions;
    }

    @Introspected
    public record FormResponse(String formId, int version, Object schema) {}

    @Introspected
    public record Submission(String formId, Map<String, Object> values) {}

    @Introspected
    public record Application(Map<String, Object> values) {}

    @Operation(summary = "The current version of an intake form (Camunda Form JSON)")
    @Get("/forms/{formId}")
    public FormResponse form(String formId, @Parameter(hidden = true) Principal principal) throws java.io.IOException {
        var intake = submissions.intakeForm(formId);
        return new FormResponse(formId, intake.version(), json.readValue(intake.json(), Map.class));
    }

    @Operation(summary = "Submit an intake form. Send an Idempotency-Key header: a retry with the same key returns the same case.")
    @Post(value = "/cases", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<ResidentCaseView> submit(@Body Submission submission,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        Language language = LanguageResolver.resolve(request);
        if (submission == null || submission.formId() == null) {
            throw ProblemException.invalidInput(Map.of("formId", Texts.of(language).get("problem.field.formIdRequired")),
                    "input.formIdMissing");
        }
        var outcome = submissions.submitJson(principal, submission.formId(),
                submission.values() == null ? Map.of() : submission.values(), idempotencyKey, language);
        ProblemException.unlessValid(outcome.validation());
        var view = view(outcome.caseRecord(), language);
        return HttpResponse.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Location", "/api/cases/" + view.caseId())
                .body(view);
    }

    @Operation(summary = "The logged-in resident's own cases, newest first")
    @Get("/cases")
    public List<ResidentCaseView> mine(@Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        Language language = LanguageResolver.resolve(request);
        return cases.listByOwner(principal.subject()).stream().map(c -> view(c, language)).toList();
    }

    @Operation(summary = "One of the resident's own cases")
    @Get("/cases/{caseId}")
    public ResidentCaseView one(String caseId, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        return view(access.ownCase(principal, caseId), LanguageResolver.resolve(request));
    }

    @Operation(summary = "Withdraw a case; the process ends")
    @Post("/cases/{caseId}/withdrawal")
    public HttpResponse<ResidentCaseView> withdraw(String caseId, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        actions.withdraw(principal, c);
        return HttpResponse.accepted().body(view(access.ownCase(principal, caseId), LanguageResolver.resolve(request)));
    }

    @Operation(summary = "Hand in the aanvraag (application) after the conversation")
    @Post(value = "/cases/{caseId}/application", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<ResidentCaseView> apply(String caseId, @Body Application application, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        Language language = LanguageResolver.resolve(request);
        ProblemException.unlessValid(actions.submitApplicationJson(principal, c,
                application == null || application.values() == null ? Map.of() : application.values(), language));
        return HttpResponse.accepted().body(view(c, language));
    }

    private ResidentCaseView view(CaseRecord c, Language language) {
        return ResidentCaseView.of(c, events.list(c.caseId()), Texts.of(language));
    }
}
