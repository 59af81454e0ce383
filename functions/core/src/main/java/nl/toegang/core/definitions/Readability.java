package nl.toegang.core.definitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy a Dutch letter text is to read, by the Flesch-Douma measure (docs/adr letter
 * templates): 206.835 - 0.93 x words per sentence - 77 x syllables per word. Advice for the
 * administrator, never a reason to refuse a deploy; the letters shipped with the product must
 * reach {@link #A2_MINIMUM_SCORE} (a test checks them).
 *
 * <p>What counts: the template as written, markdown signs left out. A heading, a list item and a
 * paragraph each end a sentence; inside them {@code .}, {@code ?} and {@code !} before a space end
 * one. A placeholder alone in its paragraph (a case worker's motivation) is not the template's text
 * and is left out; a placeholder inside a sentence (a name, a date) counts as one word of two
 * syllables.
 *
 * @param sentences     number of sentences
 * @param words         number of words
 * @param syllables     number of syllables (vowel groups, see {@link #syllables(String)})
 * @param longestSentence words in the longest sentence
 * @param letters       letters and digits in all words
 * @param longWords     words of more than {@link #LONG_WORD_LETTERS} letters
 * @param longSentences the sentences of more than {@link #LONG_SENTENCE_WORDS} words, as written
 */
public record Readability(int sentences, int words, int syllables, int longestSentence, int letters, int longWords,
        List<String> longSentences) {

    /** Douma's table: 80-90 is "gemakkelijk" (easy), the level we take for A2 (see the ADR). */
    public static final double A2_MINIMUM_SCORE = 80;
    /** On average at most this many words per sentence, the house rule for A2 letters. */
    public static final double A2_MAXIMUM_WORDS_PER_SENTENCE = 12;
    /** A sentence with more words is listed so the administrator can split it; an A2 letter has none. */
    public static final int LONG_SENTENCE_WORDS = 15;
    /** As in LIX: a word of more than six letters is long. */
    public static final int LONG_WORD_LETTERS = 6;

    static final int PLACEHOLDER_SYLLABLES = 2;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern ONLY_PLACEHOLDERS = Pattern.compile("(\\s*\\$\\{[^}]*}\\s*)+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouyáéíóúàèìòùâêîôû]+|[ëïöüä][aeiouy]*");
    private static final String PLACEHOLDER_WORD = "\u0000";

    public Readability {
        longSentences = List.copyOf(longSentences);
    }

    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    public double syllablesPerWord() {
        return words == 0 ? 0 : (double) syllables / words;
    }

    public double lettersPerWord() {
        return words == 0 ? 0 : (double) letters / words;
    }

    /** Share of long words, 0 to 1. */
    public double longWordShare() {
        return words == 0 ? 0 : (double) longWords / words;
    }

    public double fleschDouma() {
        return 206.835 - 0.93 * wordsPerSentence() - 77 * syllablesPerWord();
    }

    /** At least the A2 score, at most 12 words per sentence on average, and no sentence of more than 15. */
    public boolean reachesA2() {
        return fleschDouma() >= A2_MINIMUM_SCORE && wordsPerSentence() <= A2_MAXIMUM_WORDS_PER_SENTENCE
                && longSentences.isEmpty();
    }

    /** The report for a letter template in CommonMark (the subject line counts as a heading). */
    public static Readability of(String markdown) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int longest = 0;
        int letters = 0;
        int longWords = 0;
        List<String> longSentences = new ArrayList<>();
        for (String block : blocks(markdown)) {
            for (String sentence : SENTENCE_END.split(block)) {
                String counted = PLACEHOLDER.matcher(sentence).replaceAll(" " + PLACEHOLDER_WORD + " ");
                int inSentence = 0;
                for (String token : counted.split("\\s+")) {
                    String word = token.equals(PLACEHOLDER_WORD) ? token : token.replaceAll("[^\\p{L}\\p{N}]", "");
                    if (word.isEmpty()) {
                        continue;
                    }
                    inSentence++;
                    if (word.equals(PLACEHOLDER_WORD)) {
                        syllables += PLACEHOLDER_SYLLABLES;
                        continue;
                    }
                    syllables += syllables(word);
                    letters += word.length();
                    if (word.length() > LONG_WORD_LETTERS) {
                        longWords++;
                    }
                }
                if (inSentence == 0) {
                    continue;
                }
                sentences++;
                words += inSentence;
                longest = Math.max(longest, inSentence);
                if (inSentence > LONG_SENTENCE_WORDS) {
                    longSentences.add(sentence.strip());
                }
            }
        }
        return new Readability(sentences, words, syllables, longest, letters, longWords, longSentences);
    }

    /**
     * Syllables of one Dutch word: its groups of vowels ("aa", "ie", "eeu" are one; "ij" counts by
     * its i), where a vowel with a diaeresis starts a new one (cli-ënt). A word without vowels, such
     * as a number, counts one.
     */
    static int syllables(String word) {
        Matcher groups = VOWEL_GROUP.matcher(word.toLowerCase(Locale.ROOT));
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    /** Headings, list items and paragraphs, without their markdown signs. */
    private static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            boolean heading = line.startsWith("#");
            boolean item = line.matches("[-*]\\s+.*");
            if (line.isEmpty() || heading || item) {
                flush(blocks, paragraph);
            }
            if (heading) {
                blocks.add(line.replaceFirst("^#+\\s*", ""));
            } else if (item) {
                blocks.add(line.replaceFirst("^[-*]\\s+", ""));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(blocks, paragraph);
        return blocks.stream()
                .map(b -> b.replace("**", ""))
                .filter(b -> !ONLY_PLACEHOLDERS.matcher(b).matches())
                .toList();
    }

    private static void flush(List<String> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
