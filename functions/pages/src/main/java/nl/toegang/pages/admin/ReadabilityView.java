package nl.toegang.pages.admin;

import java.util.List;
import nl.toegang.pages.components.DescriptionItem;

/**
 * How easy one Dutch letter is to read, shown after it was deployed. Advice, not a refusal.
 *
 * @param title which letter, e.g. "Leesbaarheid van beschikking.nl"
 * @param figures sentences, sentence and word length, the score, each with its label
 * @param reachesA2 whether the letter reaches the A2 level
 * @param verdict the level in words
 * @param longSentencesIntro what to do with the long sentences; null when there are none
 * @param longSentences the sentences to shorten, as written
 */
public record ReadabilityView(String title, List<DescriptionItem> figures, boolean reachesA2, String verdict,
        String longSentencesIntro, List<String> longSentences) {

    public ReadabilityView {
        figures = List.copyOf(figures);
        longSentences = List.copyOf(longSentences);
    }
}
