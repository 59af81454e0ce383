package nl.toegang.core.letters;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.Language;

/**
 * One letter of a case downloaded as PDF, by a resident from their case page or a case worker from
 * the dossier, after the same access check as for reading the case. The download is a line in the
 * case's history like a view of the dossier (never shown to the resident).
 */
public final class LetterDownload {

    public static final String PDF = "application/pdf";

    private LetterDownload() {}

    /**
     * @param readable the letters this reader may read, in the order their page lists them
     * @param number the letter's place in that list, from 1, as the path gives it
     */
    public static MutableHttpResponse<byte[]> of(CaseLetters letters, CaseAccess access, Principal reader, CaseRecord c,
            List<CaseEvent> readable, String number, Language language) {
        int index = index(number, readable.size());
        if (index < 0) {
            throw ProblemException.notFound("letter.unknown", c.caseId());
        }
        CaseEvent letter = readable.get(index);
        CaseLetters.Pdf pdf = letters.pdf(c, letter, index + 1, language);
        access.viewed(reader, c.caseId(), Map.of("letter", letter.text("template"), "letterNumber", index + 1,
                "language", CaseLetters.languageFor(letter, language).code()));
        return HttpResponse.ok(pdf.content())
                .contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "no-store");
    }

    private static int index(String number, int count) {
        if (number == null || !number.matches("[1-9][0-9]{0,3}")) {
            return -1;
        }
        int n = Integer.parseInt(number);
        return n <= count ? n - 1 : -1;
    }
}
