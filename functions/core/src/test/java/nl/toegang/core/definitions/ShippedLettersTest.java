package nl.toegang.core.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The letters shipped with the product (workflows/letters) reach A2 by the readability measure the admin sees. */
class ShippedLettersTest {

    private static List<DeploymentFile> dutchLetters() {
        return BundledWorkflows.load().stream().filter(f -> f.name().endsWith(".nl.md")).toList();
    }

    @Test
    void theLettersAreShipped() {
        assertThat(dutchLetters()).extracting(DeploymentFile::name).contains("beschikking.nl.md", "verslag.nl.md");
    }

    @TestFactory
    List<DynamicTest> everyShippedDutchLetterReachesA2() {
        return dutchLetters().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            Readability r = Readability.of(file.text());
            assertThat(r.longSentences()).as(file.name() + ": sentences of more than %d words", Readability.LONG_SENTENCE_WORDS)
                    .isEmpty();
            assertThat(r.fleschDouma()).as(file.name() + ": Flesch-Douma").isGreaterThanOrEqualTo(Readability.A2_MINIMUM_SCORE);
            assertThat(r.wordsPerSentence()).as(file.name() + ": words per sentence")
                    .isLessThanOrEqualTo(Readability.A2_MAXIMUM_WORDS_PER_SENTENCE);
            assertThat(r.reachesA2()).as(file.name()).isTrue();
        })).toList();
    }
}
