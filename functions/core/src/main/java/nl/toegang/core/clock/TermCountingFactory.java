package nl.toegang.core.clock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to count terms for the whole platform. Equated days: the usual pattern of the
 * gelijkstellingsbesluiten for last year up to five years ahead, plus the days configured in
 * {@code toegang.clock.equated-days} (ISO dates) when a decree adds one the pattern misses.
 */
@Factory
public class TermCountingFactory {

    @Singleton
    TermCounting termCounting(@Value("${toegang.clock.equated-days:}") List<String> extraEquatedDays) {
        int year = Year.now(TermCounting.DUTCH_TIME).getValue();
        List<LocalDate> days = new ArrayList<>();
        for (int y = year - 1; y <= year + 5; y++) {
            days.addAll(PublicHolidays.usualEquatedDays(y));
        }
        extraEquatedDays.stream().filter(s -> !s.isBlank()).map(String::strip).map(LocalDate::parse).forEach(days::add);
        return new TermCounting(new PublicHolidays(days));
    }
}
