package nl.toegang.resident;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.drafts.Draft;
import nl.toegang.core.drafts.DraftService;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormSteps;
import nl.toegang.pages.resident.DraftRow;

/** The resident's unfinished forms as "Mijn aanvragen" lists them, dates in words. */
@Singleton
public class DraftRows {

    private final DraftService drafts;
    private final SubmissionService submissions;

    public DraftRows(DraftService drafts, SubmissionService submissions) {
        this.drafts = drafts;
        this.submissions = submissions;
    }

    public List<DraftRow> of(Principal resident, PageContext ctx) {
        return drafts.mine(resident).stream().map(draft -> row(draft, ctx)).toList();
    }

    private DraftRow row(Draft draft, PageContext ctx) {
        return new DraftRow(FormStepsPage.formTitle(ctx, draft.formId()),
                ctx.t("drafts.savedAt", longDate(ctx, draft.updatedAt()), time(ctx, draft.updatedAt())),
                longDate(ctx, draft.expiresAt()), continueHref(draft),
                "/formulieren/" + draft.formId() + "/concepten/" + draft.draftId() + "/verwijderen");
    }

    private String continueHref(Draft draft) {
        int steps;
        try {
            steps = FormSteps.of(submissions.intakeForm(draft.formId()).form()).count();
        } catch (ProblemException formGone) {
            steps = 1;
        }
        return draft.allSaved(steps) ? FormStepsPage.checkPath(draft.formId(), draft.draftId())
                : FormStepsPage.stepPath(draft.formId(), draft.draftId(), draft.continueAt(steps));
    }

    static String longDate(PageContext ctx, Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ctx.texts().locale()).withZone(Dates.AMSTERDAM)
                .format(at);
    }

    private static String time(PageContext ctx, Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(Dates.AMSTERDAM).format(at);
    }
}
