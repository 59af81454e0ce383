package nl.toegang.pages.components;

/**
 * One line of a case's history, in words: when (already formatted for the reader) and what happened.
 *
 * @param letter the text of a letter sent at that moment, or null
 */
public record HistoryEntry(String when, String text, String letter) {

    public HistoryEntry(String when, String text) {
        this(when, text, null);
    }
}
