package nl.toegang.caseworker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseNotes;
import nl.toegang.core.letters.CaseLetters;
import nl.toegang.core.letters.LetterMarkdown;
import nl.toegang.core.tasks.TaskStatus;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormRenderer;
import nl.toegang.pages.caseworker.CaseFileView;
import nl.toegang.pages.caseworker.DecisionView;
import nl.toegang.pages.caseworker.DossierPart;
import nl.toegang.pages.caseworker.DraftView;
import nl.toegang.pages.caseworker.LetterView;
import nl.toegang.pages.caseworker.NoteView;
import nl.toegang.pages.caseworker.ReviewView;

/** The case file in the case worker's words, for the templates caseworker/caseFile and caseworker/task. */
final class CaseFileViews {

    static final String BESCHIKKING_LETTER = "beschikking";

    private CaseFileViews() {}

    static CaseFileView of(PageContext ctx, CaseFile file) {
        var c = file.caseRecord();
        DossierPart melding = new DossierPart(null,
                ctx.t("dossier.melding.sent", c.ownerName(), Dates.dateTime(ctx, c.createdAt())),
                file.intakeForm() == null ? null : FormRenderer.answers(file.intakeForm(), ctx.language(), c.values()));
        List<DossierTasks.Draft> drafts = DossierTasks.drafts(file.tasks());
        return new CaseFileView(c.caseId(), status(ctx, c.status().name()), melding,
                DossierTasks.verslag(file.tasks()).stream().map(t -> answers(ctx, file, t, t.name())).toList(),
                aanvraag(ctx, file),
                IntStream.range(0, drafts.size()).mapToObj(i -> draft(ctx, file, drafts.get(i), i + 1)).toList(),
                decision(ctx, file, drafts),
                letters(ctx, c.caseId(), file.history()),
                file.tasks().stream().map(t -> task(ctx, file, t)).toList(),
                CaseNotes.in(file.history()).stream().map(e -> note(ctx, e)).toList(),
                HistoryLines.of(ctx, file.history()));
    }

    /** For the approval of a beschikking: the draft it approves and the verslag; null for any other task. */
    static ReviewView review(PageContext ctx, CaseFile file, UserTaskRecord task) {
        if (!DossierTasks.isApproval(task)) {
            return null;
        }
        DossierPart draft = DossierTasks.draftFor(task, file.tasks())
                .map(d -> answers(ctx, file, d, null)).orElse(null);
        return new ReviewView(draft, DossierTasks.verslag(file.tasks()).stream().map(t -> answers(ctx, file, t, t.name())).toList());
    }

    static String status(PageContext ctx, String status) {
        return ctx.t("dossier.status." + status);
    }

    static String letterTitle(PageContext ctx, String template) {
        return ctx.texts().getOrDefault("dossier.letter." + template, ctx.t("event.LETTER"));
    }

    /** A completed task's answers, read with the form it was completed with. */
    private static DossierPart answers(PageContext ctx, CaseFile file, UserTaskRecord t, String title) {
        FormDefinition form = file.formOf(t);
        return new DossierPart(title, doneBy(ctx, t),
                form == null ? null : FormRenderer.answers(form, ctx.language(), t.submittedValues(), t.variables()));
    }

    private static String doneBy(PageContext ctx, UserTaskRecord t) {
        return ctx.t("dossier.doneBy", t.completedByName(), Dates.dateTime(ctx, t.completedAt()));
    }

    private static DossierPart aanvraag(PageContext ctx, CaseFile file) {
        return file.history().stream().filter(e -> e.type() == CaseEvent.Type.APPLICATION_SUBMITTED)
                .reduce((first, second) -> second)
                .map(e -> new DossierPart(null, ctx.t("dossier.aanvraag.sent", e.actorName(), Dates.dateTime(ctx, e.at())),
                        file.applicationForm() == null ? null
                                : FormRenderer.answers(file.applicationForm(), ctx.language(), values(e))))
                .orElse(null);
    }

    private static DraftView draft(PageContext ctx, CaseFile file, DossierTasks.Draft d, int number) {
        DossierPart draft = answers(ctx, file, d.draft(), ctx.t("dossier.draft.title", number));
        Optional<UserTaskRecord> approval = d.approval();
        String outcome = approval.map(a -> outcome(ctx, d, a)).orElse(ctx.t("dossier.draft.waiting"));
        DossierPart review = approval.filter(a -> a.status() == TaskStatus.COMPLETED && file.formOf(a) != null)
                .map(a -> new DossierPart(null, null,
                        FormRenderer.answers(file.formOf(a), ctx.language(), a.submittedValues(), a.variables())))
                .orElse(null);
        return new DraftView(draft, outcome, review);
    }

    private static String outcome(PageContext ctx, DossierTasks.Draft d, UserTaskRecord approval) {
        return switch (approval.status()) {
            case COMPLETED -> ctx.t(d.approved() ? "dossier.draft.approved" : "dossier.draft.sentBack",
                    approval.completedByName(), Dates.dateTime(ctx, approval.completedAt()));
            case CLAIMED, COMPLETING -> ctx.t("dossier.draft.inReview", approval.assigneeName());
            case OPEN -> ctx.t("dossier.draft.waiting");
            case CANCELLED -> ctx.t("dossier.draft.notReviewed");
        };
    }

    /** The latest approved draft, with a word on whether its letter went out. */
    private static DecisionView decision(PageContext ctx, CaseFile file, List<DossierTasks.Draft> drafts) {
        return drafts.stream().filter(DossierTasks.Draft::approved).reduce((first, second) -> second)
                .map(d -> {
                    UserTaskRecord approval = d.approval().orElseThrow();
                    boolean letterSent = file.history().stream().anyMatch(e -> e.type() == CaseEvent.Type.LETTER
                            && BESCHIKKING_LETTER.equals(e.text("template")) && !e.at().isBefore(approval.completedAt()));
                    DossierPart answers = answers(ctx, file, d.draft(), null);
                    return new DecisionView(new DossierPart(null, null, answers.answers()),
                            ctx.t("dossier.decision.approval", d.draft().completedByName(), approval.completedByName(),
                                    Dates.dateTime(ctx, approval.completedAt())),
                            letterSent);
                })
                .orElse(null);
    }

    private static List<LetterView> letters(PageContext ctx, String caseId, List<CaseEvent> history) {
        String language = ctx.language().code();
        List<CaseEvent> letters = CaseLetters.letters(history);
        return IntStream.range(0, letters.size()).mapToObj(i -> {
            CaseEvent e = letters.get(i);
            var text = LetterMarkdown.forPage(e.data().containsKey(language) ? e.text(language) : e.text("nl"));
            return new LetterView(letterTitle(ctx, e.text("template")), ctx.t("dossier.letter.sent", Dates.dateTime(ctx, e.at())),
                    text.title(), text.body(), WorkerLetterPdfs.pageUrl(caseId, i + 1, "nl"),
                    WorkerLetterPdfs.pageUrl(caseId, i + 1, "en"));
        }).toList();
    }

    /** A task and where it stands; its answers when no other section of the dossier shows them. */
    private static DossierPart task(PageContext ctx, CaseFile file, UserTaskRecord t) {
        String state = switch (t.status()) {
            case OPEN -> t.dueDate() == null ? ctx.t("dossier.task.open") : ctx.t("dossier.task.openDue", Dates.date(ctx, t.dueDate()));
            case CLAIMED -> ctx.t("dossier.task.claimed", t.assigneeName());
            case COMPLETING -> ctx.t("dossier.task.completing", t.assigneeName());
            case COMPLETED -> ctx.t("dossier.task.completed", t.completedByName(), Dates.dateTime(ctx, t.completedAt()));
            case CANCELLED -> ctx.t("dossier.task.cancelled");
        };
        boolean shownElsewhere = DossierTasks.isVerslag(t) || DossierTasks.isApproval(t) || DossierTasks.isDraft(t, file.tasks());
        FormDefinition form = file.formOf(t);
        var answers = t.status() == TaskStatus.COMPLETED && !shownElsewhere && form != null
                ? FormRenderer.answers(form, ctx.language(), t.submittedValues(), t.variables()) : null;
        return new DossierPart(t.name(), state, answers);
    }

    private static NoteView note(PageContext ctx, CaseEvent e) {
        return new NoteView(e.actorName(), Dates.dateTime(ctx, e.at()), List.of(e.text("text").split("\n", -1)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(CaseEvent e) {
        return e.data().get("values") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
