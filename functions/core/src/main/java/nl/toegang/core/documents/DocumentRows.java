package nl.toegang.core.documents;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.documents.DocumentRow;

/** Documents as a page lists them: name, kind, size and day in words, and where to download each. */
public final class DocumentRows {

    private DocumentRows() {}

    public static List<DocumentRow> of(PageContext ctx, List<Document> documents, Function<Document, String> href) {
        return documents.stream()
                .map(d -> new DocumentRow(d.fileName(), href.apply(d),
                        ctx.t("documents.about", kind(d), size(ctx, d.size()), Dates.date(ctx, d.uploadedAt()))))
                .toList();
    }

    private static String kind(Document d) {
        return FileType.ofContentType(d.contentType()).map(t -> t.extension().toUpperCase(Locale.ROOT)).orElse("");
    }

    /** "120 kB" or "2,5 MB", in the reader's way of writing numbers. */
    static String size(PageContext ctx, long bytes) {
        if (bytes < 1024 * 1024) {
            return ctx.t("documents.kilobytes", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return ctx.t("documents.megabytes", String.format(ctx.texts().locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
