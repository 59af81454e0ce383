package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.components.HistoryEntry;

/**
 * The dossier as a case worker sees it, beside a task and on its own page: every piece of the case
 * in the order the case went through them. Every text is already in the reader's words.
 *
 * @param status where the case stands, in a few words
 * @param melding the resident's melding
 * @param verslag the conversation planned and its verslag, oldest first; empty before the conversation
 * @param aanvraag the resident's aanvraag, or null when none was sent
 * @param drafts every draft beschikking with what its reviewer decided, oldest first
 * @param decision the approved beschikking, or null while there is none
 * @param tasks every task of the case; completed tasks whose answers no other section shows carry them
 * @param notes the case workers' notes, oldest first
 */
public record CaseFileView(String caseId, String status, DossierPart melding, List<DossierPart> verslag,
        DossierPart aanvraag, List<DraftView> drafts, DecisionView decision, List<LetterView> letters,
        List<DossierPart> tasks, List<NoteView> notes, List<HistoryEntry> history) {

    public CaseFileView {
        verslag = List.copyOf(verslag);
        drafts = List.copyOf(drafts);
        letters = List.copyOf(letters);
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        history = List.copyOf(history);
    }
}
