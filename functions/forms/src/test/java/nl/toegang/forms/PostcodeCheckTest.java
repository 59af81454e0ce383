package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"1431 AB", "1431ab", " 1431  aB ", "1431AB"})
    void writesEveryWayOfTypingAPostcodeTheSameWay(String input) {
        assertThat(PostcodeCheck.normalise(input)).contains("1431 AB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "123 AB", "1234 A", "1234 ABC", "AB 1234", "12345", ""})
    void refusesWhatIsNotADutchPostcode(String input) {
        assertThat(PostcodeCheck.isValid(input)).isFalse();
    }
}
