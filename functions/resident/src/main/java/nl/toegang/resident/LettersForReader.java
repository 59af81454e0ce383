package nl.toegang.resident;

import java.util.function.Predicate;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.cases.CaseEvent;

/**
 * Which letters of a case a resident reads. The letters are the person helped's: they (and a
 * resident who sent a case for themselves) read every one. A representative reads only the copies
 * sent to them, which the case's basis decides (docs/adr/0020-acting-for-someone-else.md).
 */
final class LettersForReader {

    private LettersForReader() {}

    static Predicate<ResidentCaseView.Letter> of(Principal reader, CaseAccess.Relation relation) {
        if (relation != CaseAccess.Relation.REPRESENTATIVE) {
            return letter -> true;
        }
        return letter -> reader.subject().equals(letter.copyToSubject());
    }

    /** The same choice over the LETTER events themselves (for the PDF of a letter). */
    static Predicate<CaseEvent> ofEvents(Principal reader, CaseAccess.Relation relation) {
        if (relation != CaseAccess.Relation.REPRESENTATIVE) {
            return letter -> true;
        }
        return letter -> reader.subject().equals(letter.text("copyToSubject"));
    }
}
