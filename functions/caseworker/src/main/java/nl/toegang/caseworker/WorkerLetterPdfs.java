package nl.toegang.caseworker;

import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.letters.CaseLetters;
import nl.toegang.core.letters.LetterDownload;
import nl.toegang.forms.Language;

/**
 * A letter of the dossier as the PDF the resident got, for a case worker whose team works on the
 * case. In Dutch unless English is asked for: the worker may need the copy the resident read.
 */
@Singleton
public class WorkerLetterPdfs {

    private final CaseAccess access;
    private final CaseEventRepository events;
    private final CaseLetters letters;

    public WorkerLetterPdfs(CaseAccess access, CaseEventRepository events, CaseLetters letters) {
        this.access = access;
        this.events = events;
        this.letters = letters;
    }

    /** The dossier's link to its letter {@code number} (as the dossier lists them), in a language ({@code nl}, {@code en}). */
    static String pageUrl(String caseId, int number, String language) {
        return "/werk/zaken/" + caseId + "/brieven/" + number + ("en".equals(language) ? "?taal=en" : "");
    }

    /** @param language {@code en} for the English letter; anything else gives the Dutch one */
    public MutableHttpResponse<byte[]> download(Principal worker, String caseId, String number, String language) {
        CaseRecord c = access.caseForWorkerUnlogged(worker, caseId);
        return LetterDownload.of(letters, access, worker, c, CaseLetters.letters(events.list(caseId)), number,
                "en".equals(language) ? Language.EN : Language.NL);
    }
}
