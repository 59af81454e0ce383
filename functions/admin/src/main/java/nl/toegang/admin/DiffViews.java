package nl.toegang.admin;

import nl.toegang.core.web.PageContext;
import nl.toegang.pages.admin.DiffView;

/** A comparison of two file texts in the reader's words. */
final class DiffViews {

    private DiffViews() {}

    static DiffView between(PageContext ctx, String before, String after) {
        LineDiff.Result result = LineDiff.between(before, after);
        String summary = result.lines().isEmpty() ? ctx.t("admin.diff.none")
                : ctx.t("admin.diff.summary", result.added(), result.removed());
        return new DiffView(summary, result.lines().stream().map(line -> switch (line.change()) {
            case ADDED -> new DiffView.DiffLine(DiffView.Change.ADDED, ctx.t("admin.diff.added"),
                    ctx.t("admin.diff.line", line.number()), line.text());
            case REMOVED -> new DiffView.DiffLine(DiffView.Change.REMOVED, ctx.t("admin.diff.removed"),
                    ctx.t("admin.diff.line", line.number()), line.text());
            case UNCHANGED -> new DiffView.DiffLine(DiffView.Change.UNCHANGED, ctx.t("admin.diff.unchanged"),
                    ctx.t("admin.diff.line", line.number()), line.text());
            case SKIPPED -> new DiffView.DiffLine(DiffView.Change.SKIPPED, ctx.t("admin.diff.skipped", line.count()), "", "");
        }).toList());
    }
}
