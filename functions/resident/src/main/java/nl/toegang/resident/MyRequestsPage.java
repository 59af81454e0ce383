package nl.toegang.resident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.RequestParts;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.documents.Document;
import nl.toegang.core.documents.DocumentRows;
import nl.toegang.core.documents.DocumentSettings;
import nl.toegang.core.documents.Documents;
import nl.toegang.core.penalty.DefaultNotices;
import nl.toegang.core.web.AcceptsUploads;
import nl.toegang.core.web.MultipartBody;
import nl.toegang.core.web.RawBody;
import nl.toegang.pages.documents.DocumentRow;
import nl.toegang.core.penalty.PenaltyWords;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.letters.LetterDownload;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormValidator;
import nl.toegang.pages.components.HistoryEntry;
import nl.toegang.pages.resident.CaseRow;
import nl.toegang.pages.resident.FormPage;
import nl.toegang.pages.resident.RequestView;
import nl.toegang.pages.resident.ResidentCase;
import nl.toegang.pages.resident.WithdrawalQuestion;
import nl.toegang.resident.households.MyHousehold;

/** "My requests": the resident's own cases, each with its status, letters, and what they can do next. */
@Controller(value = "/mijn-aanvragen", produces = MediaType.TEXT_HTML)
@Hidden
public class MyRequestsPage {

    private final CaseRepository cases;
    private final Pages pages;
    private final CaseEventRepository events;
    private final CaseAccess access;
    private final CaseActions actions;
    private final DefinitionRepository definitions;
    private final ResidentLetters letters;
    private final DraftRows drafts;
    private final RequestParts requestParts;
    private final MyHousehold household;
    private final ResidentLetterPdfs letterPdfs;
    private final ResidentDeadlines deadlines;
    private final CaseClocks clocks;
    private final ObjectionPanels objectionPanels;
    private final DefaultNotices defaultNotices;
    private final Documents documents;
    private final DocumentSettings documentSettings;

    public MyRequestsPage(CaseRepository cases, CaseEventRepository events, CaseAccess access, CaseActions actions,
            DefinitionRepository definitions, Pages pages, ResidentLetters letters, DraftRows drafts,
            RequestParts requestParts, MyHousehold household, ResidentLetterPdfs letterPdfs,
            ResidentDeadlines deadlines, CaseClocks clocks, ObjectionPanels objectionPanels,
            DefaultNotices defaultNotices, Documents documents, DocumentSettings documentSettings) {
        this.objectionPanels = objectionPanels;
        this.letterPdfs = letterPdfs;
        this.documents = documents;
        this.documentSettings = documentSettings;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.defaultNotices = defaultNotices;
        this.household = household;
        this.requestParts = requestParts;
        this.letters = letters;
        this.drafts = drafts;
        this.cases = cases;
        this.pages = pages;
        this.events = events;
        this.access = access;
        this.actions = actions;
        this.definitions = definitions;
    }

    @Get
    public HttpResponse<String> list(Principal principal, HttpRequest<?> request) {
        principal.require(CaseAccess.RESIDENT_ROLE);
        PageContext ctx = PageContext.of(request, principal);
        List<CaseRow> mine = access.residentCases(principal).stream()
                .map(c -> new CaseRow(c.caseId(), Dates.dateTime(ctx, c.createdAt()), ctx.t("status." + c.status().name()),
                        forWhom(ctx, principal, c),
                        c.partOf() == null ? null
                                : ctx.t("request.rowPartOf", c.partOf().requestId(), requestParts.teamName(c.partOf().part()))))
                .toList();
        return pages.ok(ctx, "resident/myRequests", ctx.t("mine.title"), Map.of("cases", mine, "drafts", drafts.of(principal, ctx),
                "inAHousehold", household.inAHousehold(principal)));
    }

    /** "Uzelf" for a case about the reader, else the name of the person helped. */
    private static String forWhom(PageContext ctx, Principal reader, CaseRecord c) {
        boolean aboutReader = c.clientBsn() == null ? c.ownedBy(reader.subject()) : reader.bsn().filter(c::about).isPresent();
        if (aboutReader) {
            return ctx.t("mine.forSelf");
        }
        return c.clientName() == null || c.clientName().isBlank()
                ? reader.actsFor(c.clientBsn()).map(a -> a.name()).orElse("")
                : c.clientName();
    }

    @Get("/{caseId}")
    public HttpResponse<String> show(String caseId, @Nullable @QueryValue String ontvangen,
            @Nullable @QueryValue String herhaald, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        return casePage(ctx, principal, c, ontvangen != null || herhaald != null, herhaald != null, null, null, null,
                HttpStatus.OK);
    }

    /**
     * The resident's answer to a question of the municipality: the clock runs again from today. A refused
     * answer comes back with what was typed; an answer sent twice (a double click) is refused the second time.
     */
    @Post(value = "/{caseId}/informatie/{requestId}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @AcceptsUploads
    public HttpResponse<String> answer(String caseId, String requestId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        String contentType = request.getContentType().map(MediaType::toString).orElse("");
        String text;
        Documents.Upload upload = null;
        try {
            if (contentType.startsWith(MediaType.MULTIPART_FORM_DATA)) {
                // The documents first: those accepted are kept, also when the text or another file is refused.
                MultipartBody body = MultipartBody.parse(contentType, RawBody.upload(request));
                text = body.field(ResidentAnswers.FIELD);
                upload = body.files().isEmpty() ? null : documents.store(principal, caseId, requestId, body.files());
            } else {
                text = FormPosts.first(FormPosts.read(request), ResidentAnswers.FIELD);
            }
        } catch (ProblemException tooLarge) {
            return casePage(ctx, principal, c, false, false, requestId, "", null, HttpStatus.valueOf(tooLarge.status()),
                    Map.of(requestId, List.of(tooLarge.detail(ctx.texts()))));
        }
        if (upload != null && !upload.allAccepted()) {
            List<String> refusedFiles = upload.problem().errors(ctx.texts()).stream().map(ProblemException.FieldError::detail).toList();
            return casePage(ctx, principal, c, false, false, requestId, text == null ? "" : text, null,
                    HttpStatus.UNPROCESSABLE_ENTITY, Map.of(requestId, refusedFiles));
        }
        try {
            ResidentAnswers.requireText(text);
            clocks.answer(caseId, requestId, clocks.today(), principal, text);
        } catch (ProblemException refused) {
            if (refused.status() == 409 || refused.status() == 404) {
                // Answered already (a second click) or no such question: the page shows where it stands.
                return Pages.redirect("/mijn-aanvragen/" + caseId + "#besluit-wanneer");
            }
            String error = String.join(" ", refused.errors(ctx.texts()).stream().map(ProblemException.FieldError::detail).toList());
            return casePage(ctx, principal, c, false, false, requestId, text == null ? "" : text,
                    error.isBlank() ? refused.detail(ctx.texts()) : error, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/mijn-aanvragen/" + caseId + "#besluit-wanneer");
    }

    private HttpResponse<String> casePage(PageContext ctx, Principal principal, CaseRecord c, boolean justSent,
            boolean repeated, String refusedRequest, String typed, String error, HttpStatus status) {
        return casePage(ctx, principal, c, justSent, repeated, refusedRequest, typed, error, status, Map.of());
    }

    /** @param fileErrors why files sent with an answer were refused, per question */
    private HttpResponse<String> casePage(PageContext ctx, Principal principal, CaseRecord c, boolean justSent,
            boolean repeated, String refusedRequest, String typed, String error, HttpStatus status,
            Map<String, List<String>> fileErrors) {
        String caseId = c.caseId();
        String herhaald = repeated ? "1" : null;
        var history = events.list(caseId);
        ResidentCaseView view = ResidentCaseView.of(c, history, ctx.texts())
                .withLetters(LettersForReader.of(principal, access.relation(principal, c).orElseThrow()));
        var answers = definitions.find(DefinitionKind.FORM, c.formId(), c.formVersion())
                .map(form -> FormRenderer.answers(FormDefinition.parse(form.content()), ctx.language(), c.values()))
                .orElse(null);
        List<ResidentCase.Letter> shownLetters = letters.pages(ctx, c.caseId(), view.letters());
        ResidentCaseView.Letter verslag = view.verslag();
        ResidentCase model = new ResidentCase(c.caseId(),
                justSent ? ctx.t(herhaald != null ? "case.repeated" : "case.receipt", c.caseId()) : null,
                ctx.t(c.processStarted() ? "case.receiptNext" : "case.pendingStart"),
                view.statusText(), view.canApply(),
                verslag == null ? null : shownLetters.get(view.letters().indexOf(verslag)),
                shownLetters,
                view.history().stream().map(h -> new HistoryEntry(Dates.dateTime(ctx, h.at()), h.text())).toList(),
                answers, view.canWithdraw());
        RequestView whole = RequestPages.view(c, requestParts, ctx);
        Map<String, Object> params = new HashMap<>(Map.of("c", model));
        if (whole != null) {
            params.put("request", whole);
        }
        deadlines.view(ctx, c, refusedRequest, typed, error).ifPresent(d -> params.put("deadline", d));
        var objection = objectionPanels.of(ctx, c, history);
        if (objection != null) {
            params.put("objection", objection);
        }
        defaultNotices.state(c.caseId()).map(state -> PenaltyWords.forResident(ctx, state))
                .ifPresent(panel -> params.put("penalty", panel));
        params.putAll(answerDocuments(ctx, caseId, fileErrors));
        String title = whole != null && !whole.isPart() ? ctx.t("request.title", c.caseId()) : ctx.t("case.title", c.caseId());
        return pages.respond(status, ctx, "resident/case", title, params);
    }

    /** Letter {@code number} of the case (as the page lists them) as PDF, in the page's language. */
    @Get(value = "/{caseId}/brieven/{number}", produces = LetterDownload.PDF)
    public HttpResponse<byte[]> letterPdf(String caseId, String number, Principal principal, HttpRequest<?> request) {
        return letterPdfs.download(principal, caseId, number, PageContext.of(request, principal).language());
    }

    /** Withdrawing cannot be undone, so the resident first reads what it means and confirms. */
    @Get("/{caseId}/intrekken")
    public HttpResponse<String> withdrawalQuestion(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        if (!ResidentCaseView.of(c, events.list(caseId), PageContext.of(request, principal).texts()).canWithdraw()) {
            return Pages.redirect("/mijn-aanvragen/" + caseId);
        }
        return withdrawalQuestionPage(PageContext.of(request, principal), caseId);
    }

    /** Only the confirmed question withdraws; a second confirmation (a double click) shows the withdrawn case. */
    @Post(value = "/{caseId}/intrekken", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> withdraw(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        if (!"ja".equals(FormPosts.first(FormPosts.read(request), "bevestigd"))) {
            return withdrawalQuestionPage(PageContext.of(request, principal), caseId);
        }
        actions.withdraw(principal, c);
        return Pages.redirect("/mijn-aanvragen/" + caseId);
    }

    private HttpResponse<String> withdrawalQuestionPage(PageContext ctx, String caseId) {
        return pages.ok(ctx, "resident/withdraw", ctx.t("withdraw.title"),
                Map.of("question", new WithdrawalQuestion(caseId)));
    }

    @Get("/{caseId}/aanvraag")
    public HttpResponse<String> applicationForm(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        return applicationPage(ctx, c, Map.of(), Map.of(), HttpStatus.OK);
    }

    @Post(value = "/{caseId}/aanvraag", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> apply(String caseId, Principal principal, HttpRequest<?> request) {
        CaseRecord c = access.ownCase(principal, caseId);
        PageContext ctx = PageContext.of(request, principal);
        Map<String, List<String>> input = FormPosts.read(request);
        if (FormPosts.switchesLanguage(input)) {
            return applicationPage(ctx, c, FormValidator.entered(actions.applicationForm(), input, ctx.language(), Map.of()),
                    Map.of(), HttpStatus.OK);
        }
        FormResult result = actions.submitApplication(principal, c, input, ctx.language());
        if (!result.errors().isEmpty()) {
            return applicationPage(ctx, c, result.enteredValues(), result.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/mijn-aanvragen/" + caseId);
    }

    private HttpResponse<String> applicationPage(PageContext ctx, CaseRecord c, Map<String, Object> values,
            Map<String, String> errors, HttpStatus status) {
        FormPage form = new FormPage(ctx.t("case.applyExplain"), "/mijn-aanvragen/" + c.caseId() + "/aanvraag", null, null,
                ErrorSummaries.of(ctx.language(), errors),
                FormRenderer.fields(actions.applicationForm(), ctx.language(), values, errors, Map.of()));
        ResidentCaseView view = ResidentCaseView.of(c, events.list(c.caseId()), ctx.texts());
        Map<String, Object> params = new HashMap<>(Map.of("form", form));
        ResidentCaseView.Letter verslag = view.verslag();
        if (verslag != null) {
            params.put("verslag", letters.page(ctx, c.caseId(), verslag, view.letters().indexOf(verslag) + 1));
        }
        return pages.respond(status, ctx, "resident/form", ctx.t("form.title." + CaseActions.APPLICATION_FORM), params);
    }

    /** The documents sent with each answer so far, the refusals of this send, and what may be sent. */
    private Map<String, Object> answerDocuments(PageContext ctx, String caseId, Map<String, List<String>> fileErrors) {
        Map<String, List<DocumentRow>> sent = new HashMap<>();
        String base = "/mijn-aanvragen/" + caseId + "/documenten/";
        documents.list(caseId).stream().filter(d -> !Documents.CASE.equals(d.purpose()))
                .collect(java.util.stream.Collectors.groupingBy(Document::purpose))
                .forEach((purpose, docs) -> sent.put(purpose, DocumentRows.of(ctx, docs, d -> base + d.documentId())));
        return Map.of("sentFiles", sent, "fileErrors", fileErrors, "fileHint", ctx.t("documents.hint",
                documentSettings.getMaxFileBytes() / (1024 * 1024), documentSettings.getMaxFiles(),
                documentSettings.getMaxTotalBytes() / (1024 * 1024)));
    }
}
