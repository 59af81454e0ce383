package nl.toegang.resident;

import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.letters.CaseLetters;
import nl.toegang.core.letters.LetterDownload;
import nl.toegang.forms.Language;

/**
 * A resident's letter as PDF: the letters they read on their case page (the person helped all of
 * them, a representative the copies sent to them), numbered as the page lists them.
 */
@Singleton
public class ResidentLetterPdfs {

    private final CaseAccess access;
    private final CaseEventRepository events;
    private final CaseLetters letters;

    public ResidentLetterPdfs(CaseAccess access, CaseEventRepository events, CaseLetters letters) {
        this.access = access;
        this.events = events;
        this.letters = letters;
    }

    /** The case page's link to its letter {@code number}. */
    static String pageUrl(String caseId, int number) {
        return "/mijn-aanvragen/" + caseId + "/brieven/" + number;
    }

    public MutableHttpResponse<byte[]> download(Principal reader, String caseId, String number, Language language) {
        CaseRecord c = access.ownCase(reader, caseId);
        var forReader = LettersForReader.ofEvents(reader, access.relation(reader, c).orElseThrow());
        List<CaseEvent> readable = CaseLetters.letters(events.list(caseId)).stream()
                .filter(CaseEvent::visibleToResident).filter(forReader).toList();
        return LetterDownload.of(letters, access, reader, c, readable, number, language);
    }
}
