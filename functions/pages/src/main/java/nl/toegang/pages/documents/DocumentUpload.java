package nl.toegang.pages.documents;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;

/**
 * The resident's documents of a case and the form to send more.
 *
 * @param field the name and id of the file input
 * @param hint which kinds of file, how large, how many
 * @param errors why files were refused, one line per file; the files accepted with them are in {@code documents}
 * @param kept the confirmation after files were kept, or null
 */
public record DocumentUpload(String caseId, String action, String field, String hint, List<DocumentRow> documents,
        ErrorSummary errorSummary, List<String> errors, String kept) {}
