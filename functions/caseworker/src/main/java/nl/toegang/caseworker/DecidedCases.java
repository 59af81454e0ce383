package nl.toegang.caseworker;

import jakarta.inject.Singleton;
import java.util.Optional;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.Objections;
import nl.toegang.core.clock.TermCounting;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.caseworker.DecidedCaseView;

/** For an objection: the case whose decision it is about, in the case worker's words. */
@Singleton
class DecidedCases {

    private final Objections objections;
    private final CaseFile.Loader caseFiles;

    DecidedCases(Objections objections, CaseFile.Loader caseFiles) {
        this.objections = objections;
        this.caseFiles = caseFiles;
    }

    /** Empty for a case that is no objection. Reading it is part of the objection's task, so no access check of its own. */
    Optional<DecidedCaseView> of(PageContext ctx, CaseRecord c) {
        return objections.decidedCaseOf(c).map(decided -> {
            String termEnd = c.values().get("bezwaarTermijnEinde") instanceof String day
                    ? Dates.date(ctx, TermCounting.endOfDay(java.time.LocalDate.parse(day))) : "";
            String term = Boolean.TRUE.equals(c.values().get("teLaat"))
                    ? ctx.t("dossier.objection.late", termEnd, String.valueOf(c.values().get(Objections.LATE_REASON)))
                    : ctx.t("dossier.objection.inTime", termEnd);
            return new DecidedCaseView(ctx.t("dossier.objection.decidedCase", decided.caseId()), term,
                    CaseFileViews.of(ctx, caseFiles.of(decided)));
        });
    }
}
