package nl.toegang.pages.letters;

import java.util.List;
import nl.toegang.pages.PageTexts;

/**
 * One letter as the PDF a resident keeps (template letters/letter): the letterhead, who it is for,
 * its date and reference, the text, and on a decision how and by when to object. Every text is in
 * the letter's language ({@code lang}); {@code t} holds its labels.
 *
 * @param lang the letter's language code, also the PDF's document language
 * @param date the day it was sent, written out ("2 december 2026")
 * @param reference the kenmerk: the case id
 * @param copyTo who receives a copy (a bewindvoerder, ...); null when nobody does
 * @param sender the team that sends it, as residents know it
 * @param objection how and by when to object or appeal; null when the letter is no decision
 */
public record LetterDocument(PageTexts t, String lang, String title, Letterhead letterhead, Addressee addressee,
        String date, String reference, String copyTo, String sender, LetterBody body, Objection objection) {

    /** The municipality as its paper shows it; {@code email} and {@code web} may be null. */
    public record Letterhead(String name, List<String> address, String phone, String email, String web) {}

    /** The person helped; the address is empty when the case does not give one. */
    public record Addressee(String name, List<String> address) {}

    /**
     * The rechtsmiddelenclausule (Awb 3:45): which remedy, by when, and to whom.
     *
     * @param remedy {@code bezwaar} (to the municipality) or {@code beroep} (to the court), the text keys' middle part
     * @param lastDay the last day to send it, written out
     */
    public record Objection(String remedy, String lastDay) {}
}
