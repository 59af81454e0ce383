package nl.toegang.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's one TermCounting knows the usual equated days and those an administrator adds. */
class TermCountingBeanTest {

    @Test
    void anAddedEquatedDayIsARestDay() {
        int year = java.time.Year.now().getValue();
        LocalDate added = LocalDate.of(year, 7, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.WEDNESDAY));
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("toegang.clock.equated-days", added.toString()))) {
            TermCounting counting = ctx.getBean(TermCounting.class);
            assertThat(counting.isRestDay(added)).isTrue();
            assertThat(counting.isRestDay(added.plusDays(1))).isFalse();
            LocalDate ascension = PublicHolidays.easterSunday(year).plusDays(39);
            assertThat(counting.isRestDay(ascension.plusDays(1))).as("the Friday after Ascension Day").isTrue();
        }
        try (ApplicationContext ctx = ApplicationContext.run()) {
            assertThat(ctx.getBean(TermCounting.class).isRestDay(added)).isFalse();
        }
    }
}
