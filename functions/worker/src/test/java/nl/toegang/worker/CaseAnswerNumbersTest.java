package nl.toegang.worker;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toegang.forms.Language;
import org.junit.jupiter.api.Test;

/** Amounts in a letter read as the resident writes them, not as the computer stores them. */
class CaseAnswerNumbersTest {

    @Test
    void anAmountShowsTwoDecimalsWithTheReadersSeparators() {
        assertThat(CaseAnswerWords.numberInWords(1078.7, 2, Language.NL)).isEqualTo("1.078,70");
        assertThat(CaseAnswerWords.numberInWords(1078.7, 2, Language.EN)).isEqualTo("1,078.70");
        assertThat(CaseAnswerWords.numberInWords(350L, 2, Language.NL)).isEqualTo("350,00");
    }

    @Test
    void aCountShowsNoDecimals() {
        assertThat(CaseAnswerWords.numberInWords(3L, 0, Language.NL)).isEqualTo("3");
        assertThat(CaseAnswerWords.numberInWords(12000L, 0, Language.NL)).isEqualTo("12.000");
    }
}
