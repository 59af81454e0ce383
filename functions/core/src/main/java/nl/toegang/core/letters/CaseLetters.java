package nl.toegang.core.letters;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.theme.Municipality;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;
import nl.toegang.pages.letters.LetterDocument;

/**
 * A case's letter as the PDF its reader downloads: the LETTER event's text in the reader's
 * language (letters are written in Dutch and English; any other reader gets the Dutch one), on the
 * municipality's paper, with the date written out, the case id as reference, and on a decision the
 * rechtsmiddelenclausule with its last day.
 */
@Singleton
public class CaseLetters {

    private final Municipality municipality;
    private final LetterParties parties;
    private final LetterPdf pdf;
    private final ObjectionTerm objectionTerm;

    public CaseLetters(Municipality municipality, LetterParties parties, LetterPdf pdf, ObjectionTerm objectionTerm) {
        this.objectionTerm = objectionTerm;
        this.municipality = municipality;
        this.parties = parties;
        this.pdf = pdf;
    }

    /** @param fileName what the download is saved as, e.g. {@code WMO-QYT6S-ZCB8J-brief-2-beschikking.pdf} */
    public record Pdf(byte[] content, String fileName) {}

    /** The case's letters, oldest first: the numbers the pages and the API name them by start at 1 here. */
    public static List<CaseEvent> letters(List<CaseEvent> history) {
        return history.stream().filter(e -> e.type() == CaseEvent.Type.LETTER).toList();
    }

    /** @param number the letter's place in the reader's list of letters, for the file name */
    public Pdf pdf(CaseRecord c, CaseEvent letter, int number, Language reader) {
        LetterDocument document = document(c, letter, reader);
        String template = letter.text("template").replaceAll("[^a-z0-9-]", "");
        return new Pdf(pdf.render(document), c.caseId() + "-brief-" + number + (template.isEmpty() ? "" : "-" + template) + ".pdf");
    }

    /** The language the letter is shown in: the reader's when the letter exists in it, else Dutch. */
    public static Language languageFor(CaseEvent letter, Language reader) {
        Language wanted = reader == null ? Language.FALLBACK : reader;
        return letter.data().get(wanted.code()) instanceof String text && !text.isBlank() ? wanted : Language.FALLBACK;
    }

    LetterDocument document(CaseRecord c, CaseEvent letter, Language reader) {
        Language language = languageFor(letter, reader);
        Texts texts = Texts.of(language);
        LetterMarkdown.Rendered text = LetterMarkdown.render(letter.text(language.code()));
        LocalDate sent = letter.at().atZone(Dates.AMSTERDAM).toLocalDate();
        LetterDocument.Objection objection = LetterRemedy.of(letter.text(LetterRemedy.HEADER))
                .map(remedy -> new LetterDocument.Objection(remedy.code(), inWords(objectionTerm.lastDay(sent), language)))
                .orElse(null);
        String copyTo = letter.text("copyTo");
        return new LetterDocument(texts, language.code(), text.title(), letterhead(), addressee(c, letter),
                inWords(sent, language), c.caseId(), copyTo.isBlank() ? null : copyTo, sender(c, letter), text.body(),
                objection);
    }

    private LetterDocument.Letterhead letterhead() {
        return new LetterDocument.Letterhead(municipality.name(), municipality.address(), municipality.phone(),
                municipality.email(), municipality.web());
    }

    private LetterDocument.Addressee addressee(CaseRecord c, CaseEvent letter) {
        Map<?, ?> stored = letter.data().get(LetterParties.ADDRESSEE) instanceof Map<?, ?> m ? m : parties.addressee(c);
        List<String> address = stored.get("address") instanceof List<?> lines
                ? lines.stream().map(String::valueOf).toList() : List.of();
        return new LetterDocument.Addressee(String.valueOf(stored.get("name") == null ? "" : stored.get("name")), address);
    }

    private String sender(CaseRecord c, CaseEvent letter) {
        String stored = letter.text(LetterParties.SENDER);
        return stored.isBlank() ? parties.sender(c.caseId()) : stored;
    }

    private static String inWords(LocalDate day, Language language) {
        return DateTimeFormatter.ofPattern(Dates.IN_WORDS, language.locale()).format(day);
    }
}
