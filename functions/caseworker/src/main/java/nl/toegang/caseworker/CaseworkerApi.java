package nl.toegang.caseworker;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseActions;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseNotes;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.letters.LetterDownload;
import nl.toegang.core.staff.StaffMember;
import nl.toegang.core.tasks.TaskService;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;

/** The case worker's JSON API: the same actions as the pages. */
@Controller("/api")
@SecurityRequirement(name = "bearer")
@Tag(name = "Case workers")
public class CaseworkerApi {

    private final TaskService tasks;
    private final CaseFile.Loader caseFiles;
    private final CaseActions actions;
    private final DefinitionRepository definitions;
    private final ObjectMapper json;
    private final CaseNotes notes;
    private final WorkerLetterPdfs letterPdfs;

    public CaseworkerApi(TaskService tasks, CaseFile.Loader caseFiles, CaseActions actions, DefinitionRepository definitions,
            ObjectMapper json, CaseNotes notes, WorkerLetterPdfs letterPdfs) {
        this.letterPdfs = letterPdfs;
        this.notes = notes;
        this.tasks = tasks;
        this.caseFiles = caseFiles;
        this.actions = actions;
        this.definitions = definitions;
        this.json = json;
    }

    @Introspected
    public record TaskSummary(String taskId, String caseId, String elementId, String name, String candidateGroup,
            Instant dueDate, String status, String assignee, String assigneeName, String completedBy, String clientName,
            boolean urgent) {
        static TaskSummary of(UserTaskRecord t) {
            return new TaskSummary(t.taskId(), t.caseId(), t.elementId(), t.name(), t.candidateGroup(), t.dueDate(),
                    t.status().name(), t.assignee(), t.assigneeName(), t.completedBy(), t.clientName(), t.urgent());
        }
    }

    /**
     * @param assignee the colleague's id (their {@code sub}), one of {@code GET /api/tasks/{taskId}/colleagues}
     * @param seenAssignee the holder you saw; leave it out (or "") for an open task. A change in between
     *     is refused with 409 instead of overwritten
     */
    @Introspected
    public record Colleague(String id, String name) {
        static Colleague of(StaffMember m) {
            return new Colleague(m.id(), m.name());
        }
    }

    @Introspected
    public record Assignment(String assignee, @Nullable String seenAssignee) {}

    /**
     * @param caseFile null for a household's task (the plan's review)
     * @param householdId the household a household's task is about (see {@code GET /api/households/{id}}); else null
     */
    @Introspected
    public record TaskView(TaskSummary task, String formId, Object form, Map<String, Object> variables,
            @Nullable CaseFileView caseFile, @Nullable String householdId) {}

    @Introspected
    public record CaseFileView(String caseId, String status, Instant submittedAt, String submittedBy,
            Map<String, Object> melding, List<TaskSummary> tasks, List<Note> notes, List<HistoryLine> history) {
        static CaseFileView of(CaseFile f) {
            return new CaseFileView(f.caseRecord().caseId(), f.caseRecord().status().name(), f.caseRecord().createdAt(),
                    f.caseRecord().ownerName(), f.caseRecord().values(), f.tasks().stream().map(TaskSummary::of).toList(),
                    CaseNotes.in(f.history()).stream().map(Note::of).toList(),
                    f.history().stream().map(HistoryLine::of).toList());
        }
    }

    @Introspected
    public record Note(Instant at, String author, String text) {
        static Note of(CaseEvent e) {
            return new Note(e.at(), e.actorName(), e.text("text"));
        }
    }

    @Introspected
    public record NewNote(String text) {}

    @Introspected
    public record HistoryLine(Instant at, String type, String actor, Map<String, Object> data) {
        static HistoryLine of(CaseEvent e) {
            return new HistoryLine(e.at(), e.type().name(), e.actorName(), e.data());
        }
    }

    @Introspected
    public record Values(Map<String, Object> values) {}

    @Operation(summary = "Open tasks of the case worker's teams and the ones they hold, earliest due first")
    @Get("/tasks")
    public List<TaskSummary> inbox(@Parameter(hidden = true) Principal principal) {
        return tasks.inbox(principal).stream().map(TaskSummary::of).toList();
    }

    @Operation(summary = "A task with its form (Camunda Form JSON) and its case file, or for a household's task the"
            + " household id; the view is logged")
    @Get("/tasks/{taskId}")
    public TaskView task(String taskId, @Parameter(hidden = true) Principal principal) {
        var detail = tasks.open(principal, taskId);
        UserTaskRecord t = detail.task();
        Object form = definitions.findByKey(t.formKey()).map(d -> parse(d.content())).orElse(null);
        return new TaskView(TaskSummary.of(t), t.formId(), form, t.variables(),
                detail.forHousehold() ? null : CaseFileView.of(caseFiles.of(detail.caseRecord())),
                detail.forHousehold() ? detail.household().householdId() : null);
    }

    @Operation(summary = "Claim a task for yourself; a task held by someone else stays theirs (409)")
    @Post("/tasks/{taskId}/claim")
    public TaskSummary claim(String taskId, @Parameter(hidden = true) Principal principal) {
        return TaskSummary.of(tasks.claim(principal, taskId));
    }

    @Operation(summary = "Give a claimed task back to the team")
    @Post("/tasks/{taskId}/release")
    public TaskSummary release(String taskId, @Parameter(hidden = true) Principal principal) {
        return TaskSummary.of(tasks.unclaim(principal, taskId));
    }

    @Operation(summary = "Colleagues a team lead can give the task to: the members of its team who have signed in")
    @Get("/tasks/{taskId}/colleagues")
    public List<Colleague> colleagues(String taskId, @Parameter(hidden = true) Principal principal) {
        return tasks.assignment(principal, taskId).colleagues().stream().map(Colleague::of).toList();
    }

    @Operation(summary = "A team lead gives an open or claimed task to a colleague of the team (403 for others;"
            + " 422 naming the field for someone outside the team; 409 when the task changed in between)")
    @Post(value = "/tasks/{taskId}/assign", consumes = MediaType.APPLICATION_JSON)
    public TaskSummary assign(String taskId, @Body Assignment body, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        return TaskSummary.of(tasks.assign(principal, taskId, body == null ? null : body.assignee(),
                body == null ? null : body.seenAssignee(), LanguageResolver.resolve(request)));
    }

    @Operation(summary = "Complete a claimed task with the values of its form; the process moves on")
    @Post(value = "/tasks/{taskId}/complete", consumes = MediaType.APPLICATION_JSON)
    public TaskSummary complete(String taskId, @Body Values body, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        var completion = tasks.completeJson(principal, taskId, body == null || body.values() == null ? Map.of() : body.values(),
                LanguageResolver.resolve(request));
        ProblemException.unlessValid(completion.validation());
        return TaskSummary.of(completion.task());
    }

    @Operation(summary = "The case file of a case your team works on; the view is logged")
    @Get("/case-files/{caseId}")
    public CaseFileView caseFile(String caseId, @Parameter(hidden = true) Principal principal) {
        return CaseFileView.of(caseFiles.load(principal, caseId));
    }

    @Operation(summary = "A letter of the case file as the tagged PDF the resident got; Dutch, or English with language=en. "
            + "Letters are numbered from 1 in the order of the case file's letters; the download is logged")
    @Get(value = "/case-files/{caseId}/letters/{number}", produces = LetterDownload.PDF)
    public HttpResponse<byte[]> letterPdf(String caseId, String number, @Nullable @QueryValue String language,
            @Parameter(hidden = true) Principal principal) {
        return letterPdfs.download(principal, caseId, number, language);
    }

    @Operation(summary = "Record the resident's aanvraag (application) on their behalf")
    @Post(value = "/case-files/{caseId}/application", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<CaseFileView> application(String caseId, @Body Values body, @Parameter(hidden = true) Principal principal, HttpRequest<?> request) {
        CaseFile file = caseFiles.load(principal, caseId);
        ProblemException.unlessValid(actions.submitApplicationJson(principal, file.caseRecord(),
                body == null || body.values() == null ? Map.of() : body.values(), LanguageResolver.resolve(request)));
        return HttpResponse.accepted().body(CaseFileView.of(caseFiles.of(file.caseRecord())));
    }

    @Operation(summary = "Add a note to a case; residents never see notes. Send an Idempotency-Key header: a retry"
            + " with the same key stores the note once")
    @Post(value = "/case-files/{caseId}/notes", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<CaseFileView> addNote(String caseId, @Body NewNote body,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        CaseFile file = caseFiles.load(principal, caseId);
        CaseNotes.Outcome outcome = notes.add(principal, file.caseRecord(), body == null ? null : body.text(), idempotencyKey,
                LanguageResolver.resolve(request));
        if (!outcome.added()) {
            throw ProblemException.invalidInput(outcome.errors(), "input.invalid");
        }
        return HttpResponse.created(CaseFileView.of(caseFiles.of(file.caseRecord())));
    }

    private Object parse(String content) {
        try {
            return json.readValue(content, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
