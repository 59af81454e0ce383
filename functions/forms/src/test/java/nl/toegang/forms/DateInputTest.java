package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"1950-12-31", "31-12-1950", "31/12/1950", "31.12.1950"})
    void readsTheDateInputAndDutchWriting(String input) {
        assertThat(DateInput.parse(input)).contains(LocalDate.of(1950, 12, 31));
    }

    @Test
    void readsDaysAndMonthsWithoutLeadingZero() {
        assertThat(DateInput.parse("1-2-1950")).contains(LocalDate.of(1950, 2, 1));
    }

    @Test
    void acceptsALeapDayOnlyInALeapYear() {
        assertThat(DateInput.parse("29-02-2024")).isPresent();
        assertThat(DateInput.parse("29-02-2023")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2024", "2024-13-01", "2024-04-31", "00-01-2000", "12-31-1950", "gisteren", "1950", ""})
    void refusesDatesThatDoNotExist(String input) {
        assertThat(DateInput.parse(input)).isEmpty();
    }
}
