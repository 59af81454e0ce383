package nl.toegang.pages.caseworker;

import nl.toegang.pages.letters.LetterBody;

/**
 * A letter sent to the resident, as they read it.
 *
 * @param subject the letter's own title, as the resident reads it
 * @param text the letter after its title, as sanitised HTML
 * @param pdfUrl the letter as PDF in Dutch; {@code pdfUrlEnglish} in English
 */
public record LetterView(String title, String sent, String subject, LetterBody text, String pdfUrl, String pdfUrlEnglish) {}
