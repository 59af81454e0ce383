package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.forms.TextBlock;

/**
 * A letter sent to the resident, as they read it.
 *
 * @param title what kind of letter it is, in the worker's words
 * @param subject the letter's own first line
 * @param text what follows the subject, in blocks
 */
public record LetterView(String title, String sent, String subject, List<TextBlock> text) {}
