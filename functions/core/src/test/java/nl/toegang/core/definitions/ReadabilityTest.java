package nl.toegang.core.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    /**
     * Counted by hand:
     * "Wij helpen u." 3 words, syllables wij 1, hel-pen 2, u 1 = 4; letters 3+6+1 = 10.
     * "U krijgt hulp van de gemeente." 6 words, syllables 1+1+1+1+1+ge-meen-te 3 = 8; letters 1+6+4+3+2+8 = 24.
     * Long words (more than 6 letters): gemeente. So 2 sentences, 9 words, 12 syllables, 34 letters.
     */
    private static final String SHORT = "Wij helpen u. U krijgt hulp van de gemeente.";

    @Test
    void theFiguresOfAShortTextAreTheCountsByHand() {
        Readability r = Readability.of(SHORT);

        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.words()).isEqualTo(9);
        assertThat(r.syllables()).isEqualTo(12);
        assertThat(r.longestSentence()).isEqualTo(6);
        assertThat(r.wordsPerSentence()).isCloseTo(9 / 2.0, within(1e-9));
        assertThat(r.lettersPerWord()).isCloseTo(34 / 9.0, within(1e-9));
        assertThat(r.longWordShare()).isCloseTo(1 / 9.0, within(1e-9));
        // Douma's formula on the hand counts.
        assertThat(r.fleschDouma()).isCloseTo(206.835 - 0.93 * (9 / 2.0) - 77 * (12 / 9.0), within(1e-9));
        assertThat(r.longSentences()).isEmpty();
        assertThat(r.reachesA2()).isTrue();
    }

    @Test
    void headingsAndListItemsAreSentencesAndAPlaceholderIsOneWordWhileAMotivationAloneIsLeftOut() {
        Readability r = Readability.of("""
                # Ons besluit

                Beste ${melding.voornaam},

                ${motivering}

                ## Wat moet u doen?

                - uw naam;
                - de **datum**.
                """);

        // "Ons besluit" 2 words (1+2 syllables); "Beste ${...}," 2 words (be-ste 2 + placeholder 2);
        // "Wat moet u doen?" 4 words (1+1+1+1); "uw naam;" 2 words (1+1); "de datum." 2 words (1+2).
        assertThat(r.sentences()).isEqualTo(5);
        assertThat(r.words()).isEqualTo(12);
        assertThat(r.syllables()).isEqualTo(3 + 4 + 4 + 2 + 3);
        assertThat(r.longestSentence()).isEqualTo(4);
    }

    @Test
    void aLongSentenceIsListedAsWrittenAndTheTextDoesNotReachA2() {
        String longOne = "Wij hebben besloten dat u de aangevraagde maatwerkvoorziening voor huishoudelijke "
                + "ondersteuning niet krijgt omdat uw eigen netwerk volgens ons voldoende mogelijkheden biedt.";
        Readability r = Readability.of("Wij helpen u. " + longOne);

        assertThat(r.longSentences()).containsExactly(longOne);
        assertThat(r.longestSentence()).isEqualTo(22);
        assertThat(r.reachesA2()).isFalse();
    }

    @Test
    void dutchSyllablesAreVowelGroupsAndADiaeresisStartsANewOne() {
        assertThat(Readability.syllables("cliëntondersteuner")).isEqualTo(6);
        assertThat(Readability.syllables("aangevraagd")).isEqualTo(3);
        assertThat(Readability.syllables("nieuw")).isEqualTo(1);
        assertThat(Readability.syllables("bijdrage")).isEqualTo(3);
        assertThat(Readability.syllables("geëist")).isEqualTo(2);
        assertThat(Readability.syllables("2027")).isEqualTo(1);
    }
}
