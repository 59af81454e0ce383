package nl.toegang.caseworker;

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
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.caseworker.households.HouseholdStart;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseNotes;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.letters.LetterDownload;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.FormValidator;
import nl.toegang.pages.caseworker.CaseFilePage;
import nl.toegang.pages.caseworker.NoteForm;
import nl.toegang.pages.caseworker.RequestPartsPanel;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.households.HouseholdLink;

/** The dossier on its own page: read it, record the aanvraag for the resident, add a note. */
@Controller(value = "/werk/zaken", produces = MediaType.TEXT_HTML)
@Hidden
public class CaseFilePages {

    static final String NOTE_KEY_FIELD = "_idempotencyKey";

    private final Pages pages;
    private final CaseFile.Loader caseFiles;
    private final CaseActions actions;
    private final CaseNotes notes;
    private final DossierRequestParts requestParts;
    private final HouseholdStart households;
    private final WorkerLetterPdfs letterPdfs;
    private final DeadlinePanels deadlines;
    private final DossierDocumentsAndPenalty documentsAndPenalty;

    public CaseFilePages(Pages pages, CaseFile.Loader caseFiles, CaseActions actions, CaseNotes notes,
            DossierRequestParts requestParts, HouseholdStart households, WorkerLetterPdfs letterPdfs,
            DeadlinePanels deadlines, DossierDocumentsAndPenalty documentsAndPenalty) {
        this.letterPdfs = letterPdfs;
        this.deadlines = deadlines;
        this.documentsAndPenalty = documentsAndPenalty;
        this.households = households;
        this.pages = pages;
        this.caseFiles = caseFiles;
        this.actions = actions;
        this.notes = notes;
        this.requestParts = requestParts;
    }

    @Get("/{caseId}")
    public HttpResponse<String> caseFile(String caseId, @Nullable @QueryValue String notitie, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        CaseFile file = caseFiles.load(principal, caseId);
        return page(ctx, file, Application.EMPTY, newNote(file), notitie != null, HttpStatus.OK);
    }

    /** Letter {@code number} of the dossier as the PDF the resident got; {@code ?taal=en} for the English one. */
    @Get(value = "/{caseId}/brieven/{number}", produces = LetterDownload.PDF)
    public HttpResponse<byte[]> letterPdf(String caseId, String number, @Nullable @QueryValue String taal, Principal principal) {
        return letterPdfs.download(principal, caseId, number, taal);
    }

    @Post(value = "/{caseId}/aanvraag", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> recordApplication(String caseId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        CaseFile file = caseFiles.load(principal, caseId);
        Map<String, List<String>> input = FormPosts.read(request);
        if (FormPosts.switchesLanguage(input)) {
            var entered = FormValidator.entered(actions.applicationForm(), input, ctx.language(), Map.of());
            return page(ctx, file, new Application(entered, Map.of()), newNote(file), false, HttpStatus.OK);
        }
        FormResult result = actions.submitApplication(principal, file.caseRecord(), input, ctx.language());
        if (!result.errors().isEmpty()) {
            return page(ctx, file, new Application(result.enteredValues(), result.errors()), newNote(file), false,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk/zaken/" + caseId);
    }

    /** A refused note comes back with what was typed and the same key, so sending it again still stores one note. */
    @Post(value = "/{caseId}/notities", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> addNote(String caseId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        CaseFile file = caseFiles.load(principal, caseId);
        Map<String, List<String>> input = FormPosts.read(request);
        String key = FormPosts.first(input, NOTE_KEY_FIELD);
        CaseNotes.Outcome outcome = notes.add(principal, file.caseRecord(), FormPosts.first(input, CaseNotes.FIELD), key,
                ctx.language());
        if (!outcome.added()) {
            NoteForm refused = noteForm(caseId, key == null ? UUID.randomUUID().toString() : key, outcome.text(),
                    outcome.errors().get(CaseNotes.FIELD), ErrorSummaries.of(ctx.language(), outcome.errors()));
            return page(ctx, file, Application.EMPTY, refused, false, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk/zaken/" + caseId + "?notitie=opgeslagen#dossier-notities");
    }

    /** "Deelvraag toevoegen": a part for another law, added to the request this case belongs to. */
    @Post(value = "/{caseId}/deelvragen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> addPart(String caseId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        CaseFile file = caseFiles.load(principal, caseId);
        if (!requestParts.belongsToARequest(file.caseRecord())) {
            return Pages.redirect("/werk/zaken/" + caseId);
        }
        Map<String, List<String>> input = FormPosts.read(request);
        String part = FormPosts.first(input, DossierRequestParts.PART_FIELD);
        String question = FormPosts.first(input, DossierRequestParts.QUESTION_FIELD);
        var refused = requestParts.add(principal, file.caseRecord(), part, question);
        if (refused.isPresent()) {
            var panel = requestParts.panel(ctx, file.caseRecord(), part, question, refused.get());
            return page(ctx, file, Application.EMPTY, newNote(file), false, HttpStatus.UNPROCESSABLE_ENTITY, panel);
        }
        return Pages.redirect("/werk/zaken/" + caseId + "#dossier-vraag");
    }

    /** What was entered in the aanvraag form, and why it was refused. */
    private record Application(Map<String, Object> values, Map<String, String> errors) {
        static final Application EMPTY = new Application(Map.of(), Map.of());
    }

    private HttpResponse<String> page(PageContext ctx, CaseFile file, Application application, NoteForm noteForm,
            boolean noteSaved, HttpStatus status) {
        return page(ctx, file, application, noteForm, noteSaved, status, requestParts.panel(ctx, file.caseRecord(), null, "", null));
    }

    /** The case file with the decision term's forms as they were typed and refused (ClockPages). */
    HttpResponse<String> withDeadline(PageContext ctx, CaseFile file, DeadlinePanels.Typed typed, HttpStatus status) {
        return page(ctx, file, Application.EMPTY, newNote(file), false, status,
                requestParts.panel(ctx, file.caseRecord(), null, "", null), typed);
    }

    private HttpResponse<String> page(PageContext ctx, CaseFile file, Application application, NoteForm noteForm,
            boolean noteSaved, HttpStatus status, RequestPartsPanel panel) {
        return page(ctx, file, application, noteForm, noteSaved, status, panel, DeadlinePanels.Typed.NOTHING);
    }

    private HttpResponse<String> page(PageContext ctx, CaseFile file, Application application, NoteForm noteForm,
            boolean noteSaved, HttpStatus status, RequestPartsPanel panel, DeadlinePanels.Typed deadlineTyped) {
        boolean expectsApplication = file.caseRecord().status() == CaseStatus.AWAITING_APPLICATION;
        CaseFilePage page = new CaseFilePage(file.caseRecord().caseId(),
                expectsApplication
                        ? FormRenderer.fields(actions.applicationForm(), ctx.language(), application.values(), application.errors(), Map.of())
                        : null,
                expectsApplication ? ErrorSummaries.of(ctx.language(), application.errors()) : null,
                CaseFileViews.of(ctx, file), noteForm, noteSaved);
        Map<String, Object> params = new HashMap<>(Map.of("page", page));
        if (panel != null) {
            params.put("requestParts", panel);
        }
        deadlines.panel(ctx, file.caseRecord(), deadlineTyped).ifPresent(d -> params.put("deadline", d));
        if (file.caseRecord().clientBsn() != null) {
            params.put("household", households.existing(file.caseRecord())
                    .map(h -> new HouseholdLink("/werk/huishoudens/" + h.householdId(), null))
                    .orElse(new HouseholdLink(null, "/werk/zaken/" + file.caseRecord().caseId() + "/huishouden")));
        }
        params.putAll(documentsAndPenalty.params(ctx, file.caseRecord().caseId()));
        return pages.respond(status, ctx, "caseworker/caseFilePage", ctx.t("work.caseFile") + " " + file.caseRecord().caseId(),
                params);
    }

    /** An empty note form with a fresh key; none for a closed case, which takes no more notes. */
    private static NoteForm newNote(CaseFile file) {
        return file.caseRecord().status().isFinal() ? null
                : noteForm(file.caseRecord().caseId(), UUID.randomUUID().toString(), "", null, null);
    }

    private static NoteForm noteForm(String caseId, String key, String text, String error,
            ErrorSummary summary) {
        return new NoteForm("/werk/zaken/" + caseId + "/notities", CaseNotes.FIELD, NOTE_KEY_FIELD, key, text,
                CaseNotes.MAX_LENGTH, error, summary);
    }
}
