package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;

/**
 * The dossier on its own page, with the application form when the case waits for one, and the
 * form to add a note.
 *
 * @param applicationFields from toegang-forms' renderer; null when no application is expected
 * @param errorSummary the application form's errors; null when nothing is wrong
 * @param noteForm null when the case is closed and takes no more notes
 * @param noteSaved a note was just stored: say so
 */
public record CaseFilePage(String caseId, List<FormFieldView> applicationFields, ErrorSummary errorSummary, CaseFileView file,
        NoteForm noteForm, boolean noteSaved) {}
