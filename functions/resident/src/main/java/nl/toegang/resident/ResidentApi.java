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
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.Objections;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.cases.WhoMaySend;
import nl.toegang.core.letters.LetterDownload;
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
    private final ResidentLetterPdfs letterPdfs;
    private final Objections objections;

    public ResidentApi(SubmissionService submissions, CaseRepository cases, CaseEventRepository events, CaseAccess access,
            CaseActions actions, ObjectMapper json, ResidentLetterPdfs letterPdfs,
            Objections objections) {
        this.objections = objections;
        this.letterPdfs = letterPdfs;
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
    public FormResponse form(String formId, @Parameter(hidden = true) Principal principal) throws IOException {
        var intake = submissions.intakeForm(formId);
        return new FormResponse(formId, intake.version(), json.readValue(intake.json(), Map.class));
    }

    @Operation(summary = "Submit an intake form. Send an Idempotency-Key header: a retry with the same key returns the same case.")
    @Post(value = "/cases", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> submit(@Body Submission submission,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireSender(principal);
        Language language = LanguageResolver.resolve(request);
        if (submission == null || submission.formId() == null) {
            throw ProblemException.invalidInput(Map.of("formId", Texts.of(language).get("problem.field.formIdRequired")),
                    "input.formIdMissing");
        }
        var outcome = submissions.submitJson(principal, submission.formId(),
                submission.values() == null ? Map.of() : submission.values(), idempotencyKey, language);
        ProblemException.unlessValid(outcome.validation());
        HttpStatus status = outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED;
        CaseRecord c = outcome.caseRecord();
        var relation = access.relation(principal, c);
        if (relation.isEmpty()) {
            // A referrer, a signaller, or a resident raising a signal: a receipt, nothing of the case.
            return HttpResponse.status(status).body(new Receipt(c.caseId(),
                    Texts.of(language).get("receipt.text", c.caseId())));
        }
        var view = view(c, language).withLetters(LettersForReader.of(principal, relation.get()));
        return HttpResponse.status(status)
                .header("Location", "/api/cases/" + view.caseId())
                .body(view);
    }

    /** What someone who does not see the case gets back: its reference. */
    @Introspected
    public record Receipt(String caseId, String message) {}

    @Operation(summary = "The cases the logged-in resident may see, newest first: sent by them, about them, or about someone they act for")
    @Get("/cases")
    public List<ResidentCaseView> mine(@Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        Language language = LanguageResolver.resolve(request);
        return access.residentCases(principal).stream().map(c -> readerView(principal, c, language)).toList();
    }

    @Operation(summary = "One case the resident may see")
    @Get("/cases/{caseId}")
    public ResidentCaseView one(String caseId, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        return readerView(principal, access.ownCase(principal, caseId), LanguageResolver.resolve(request));
    }

    private ResidentCaseView readerView(Principal principal, CaseRecord c, Language language) {
        return view(c, language).withLetters(LettersForReader.of(principal, access.relation(principal, c).orElseThrow()));
    }

    @Operation(summary = "A letter of the case as a tagged PDF (PDF/UA), in the reader's language (Dutch or English; "
            + "other languages get the Dutch letter). Letters are numbered from 1 in the order of the case's letters list.")
    @Get(value = "/cases/{caseId}/letters/{number}", produces = LetterDownload.PDF)
    public HttpResponse<byte[]> letterPdf(String caseId, String number, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        return letterPdfs.download(principal, caseId, number, LanguageResolver.resolve(request));
    }

    @Operation(summary = "Withdraw a case; the process ends")
    @Post("/cases/{caseId}/withdrawal")
    public HttpResponse<ResidentCaseView> withdraw(String caseId, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        actions.withdraw(principal, c);
        return HttpResponse.accepted().body(readerView(principal, access.ownCase(principal, caseId), LanguageResolver.resolve(request)));
    }

    @Operation(summary = "Hand in the aanvraag (application) after the conversation")
    @Post(value = "/cases/{caseId}/application", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<ResidentCaseView> apply(String caseId, @Body Application application, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        Language language = LanguageResolver.resolve(request);
        ProblemException.unlessValid(actions.submitApplicationJson(principal, c,
                application == null || application.values() == null ? Map.of() : application.values(), language));
        return HttpResponse.accepted().body(readerView(principal, c, language));
    }

    @Introspected
    public record Objection(Map<String, Object> values) {}

    @Operation(summary = "Object to the decision of a case (bezwaar, Awb 6:7): within 6 weeks of the decision letter, or"
            + " later with the reason in redenTeLaat. Sent twice, it is one objection (200 the second time).")
    @Post(value = "/cases/{caseId}/objection", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<ResidentCaseView> object(String caseId, @Body Objection objection,
            @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        Language language = LanguageResolver.resolve(request);
        Objections.Outcome outcome = objections.submitJson(principal, c,
                objection == null || objection.values() == null ? Map.of() : objection.values(), language);
        ProblemException.unlessValid(outcome.validation());
        CaseRecord made = outcome.objection();
        return HttpResponse.<ResidentCaseView>status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Location", "/api/cases/" + made.caseId())
                .body(readerView(principal, made, language));
    }

    private ResidentCaseView view(CaseRecord c, Language language) {
        return ResidentCaseView.of(c, events.list(c.caseId()), Texts.of(language));
    }
}
