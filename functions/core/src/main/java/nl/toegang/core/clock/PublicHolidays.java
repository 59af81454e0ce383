package nl.toegang.core.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The days the Algemene termijnenwet treats like a Sunday: the algemeen erkende feestdagen of
 * article 3(1), Good Friday (article 3(2)), and the days a royal decree equates with them
 * (article 3(3), published in the Staatscourant once every three years).
 *
 * <p>The equated days cannot be derived from the calendar with certainty, so they are passed in
 * (configuration {@code toegang.clock.equated-days}); {@link #usualEquatedDays(int)} gives the
 * pattern the decrees have followed for years, as a default that an administrator checks against
 * the decree (docs/adr/0025-legal-clocks.md).
 */
public final class PublicHolidays {

    /** Why a day is not a working day, as a text key {@code holiday.<name>} a page can show. */
    public enum Holiday {
        NEW_YEARS_DAY, GOOD_FRIDAY, EASTER_MONDAY, KINGS_DAY, LIBERATION_DAY, ASCENSION_DAY,
        WHIT_MONDAY, CHRISTMAS_DAY, BOXING_DAY, EQUATED_DAY
    }

    private final Set<LocalDate> equatedDays;

    public PublicHolidays(Collection<LocalDate> equatedDays) {
        this.equatedDays = Set.copyOf(equatedDays);
    }

    /** The holidays of article 3(1) and (2) with the usual equated days of every year. */
    public static PublicHolidays withUsualEquatedDays(int fromYear, int toYear) {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            days.addAll(usualEquatedDays(year));
        }
        return new PublicHolidays(days);
    }

    public boolean isHoliday(LocalDate day) {
        return holiday(day) != null;
    }

    /** @return the holiday on that day, or null on an ordinary day */
    public Holiday holiday(LocalDate day) {
        Holiday fixed = ofYear(day.getYear()).get(day);
        if (fixed != null) {
            return fixed;
        }
        return equatedDays.contains(day) ? Holiday.EQUATED_DAY : null;
    }

    /** The holidays of article 3(1) and 3(2) in a year, by date. */
    public static Map<LocalDate, Holiday> ofYear(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, Holiday> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEARS_DAY);
        days.put(easter.minusDays(2), Holiday.GOOD_FRIDAY);
        days.put(easter.plusDays(1), Holiday.EASTER_MONDAY);
        days.put(kingsDay(year), Holiday.KINGS_DAY);
        days.put(LocalDate.of(year, Month.MAY, 5), Holiday.LIBERATION_DAY);
        days.put(easter.plusDays(39), Holiday.ASCENSION_DAY);
        days.put(easter.plusDays(50), Holiday.WHIT_MONDAY);
        days.put(LocalDate.of(year, Month.DECEMBER, 25), Holiday.CHRISTMAS_DAY);
        days.put(LocalDate.of(year, Month.DECEMBER, 26), Holiday.BOXING_DAY);
        return days;
    }

    /**
     * The days the gelijkstellingsbesluiten have equated for years: the Friday after Ascension Day;
     * the Monday before New Year's Day, King's Day, Liberation Day or Christmas Day on a Tuesday;
     * the Friday after New Year's Day, King's Day, Liberation Day or Boxing Day on a Thursday.
     */
    public static Set<LocalDate> usualEquatedDays(int year) {
        Map<LocalDate, Holiday> holidays = ofYear(year);
        java.util.Set<LocalDate> days = new java.util.TreeSet<>();
        holidays.forEach((day, holiday) -> {
            if (holiday == Holiday.ASCENSION_DAY) {
                days.add(day.plusDays(1));
            }
            boolean bridgeBefore = holiday == Holiday.NEW_YEARS_DAY || holiday == Holiday.KINGS_DAY
                    || holiday == Holiday.LIBERATION_DAY || holiday == Holiday.CHRISTMAS_DAY;
            boolean bridgeAfter = holiday == Holiday.NEW_YEARS_DAY || holiday == Holiday.KINGS_DAY
                    || holiday == Holiday.LIBERATION_DAY || holiday == Holiday.BOXING_DAY;
            if (bridgeBefore && day.getDayOfWeek() == DayOfWeek.TUESDAY) {
                days.add(day.minusDays(1));
            }
            if (bridgeAfter && day.getDayOfWeek() == DayOfWeek.THURSDAY) {
                days.add(day.plusDays(1));
            }
        });
        days.removeAll(holidays.keySet());
        return days;
    }

    /** King's Day is 27 April, or the 26th when the 27th is a Sunday (Wet van 2013, Stb. 2013, 295). */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
