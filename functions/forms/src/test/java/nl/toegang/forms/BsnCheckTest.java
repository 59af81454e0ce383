package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "1112 22 333", "1234.56.782"})
    void acceptsNumbersThatPassTheElevenTest(String bsn) {
        assertThat(BsnCheck.isValid(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "000000000", "12345678", "1234567890", "12345678a", "abcdefghi", ""})
    void refusesNumbersThatAreNotABsn(String input) {
        assertThat(BsnCheck.isValid(input)).isFalse();
    }

    @Test
    void tellsATypoInLengthApartFromAWrongNumber() {
        assertThat(BsnCheck.hasNineDigits("12345678")).isFalse();
        assertThat(BsnCheck.hasNineDigits("123456789")).isTrue();
        assertThat(BsnCheck.isValid("123456789")).isFalse();
    }

    @Test
    void catchesEveryMistypedSingleDigit() {
        String valid = "123456782";
        for (int position = 0; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(BsnCheck.isValid(typo)).as("typo %s", typo).isFalse();
            }
        }
    }

    @Test
    void keepsOnlyTheDigits() {
        assertThat(BsnCheck.normalise(" 1112.22-333 ")).isEqualTo("111222333");
    }
}
