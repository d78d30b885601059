package org.casereview.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays.
 *
 * <p>Bank holidays follow the Banking and Financial Dealings Act 1971 as applied since 1978 (when the early May
 * bank holiday began): New Year's Day, Good Friday, Easter Monday, the first and last Mondays in May, the last
 * Monday in August, Christmas Day and Boxing Day. A fixed-date holiday that falls at a weekend is replaced by the
 * next weekday that is not already a holiday (the "substitute day"). Years when a holiday was moved or an extra one
 * was proclaimed are in a table below; a one-off holiday announced after this was written can be added with
 * {@link #withAdditionalHolidays(Collection)} until the table is updated.
 *
 * <p>Instances are immutable and safe to share.
 */
public final class WorkingDayCalendar {

    /** The first year whose bank holidays this calendar knows (the early May bank holiday started in 1978). */
    public static final int FIRST_YEAR = 1978;

    static final String NEW_YEARS_DAY = "New Year's Day";
    static final String GOOD_FRIDAY = "Good Friday";
    static final String EASTER_MONDAY = "Easter Monday";
    static final String EARLY_MAY = "Early May bank holiday";
    static final String SPRING = "Spring bank holiday";
    static final String SUMMER = "Summer bank holiday";
    static final String CHRISTMAS_DAY = "Christmas Day";
    static final String BOXING_DAY = "Boxing Day";

    /** A standing holiday moved to another day by proclamation in one year. */
    private record Move(String holiday, LocalDate movedTo, String name) {
    }

    /** Moves, keyed by year. Names are as GOV.UK lists them. */
    private static final Map<Integer, List<Move>> MOVES = Map.of(
            1995, List.of(new Move(EARLY_MAY, LocalDate.of(1995, 5, 8), "Early May bank holiday (VE day)")),
            2002, List.of(new Move(SPRING, LocalDate.of(2002, 6, 4), SPRING)),
            2012, List.of(new Move(SPRING, LocalDate.of(2012, 6, 4), SPRING)),
            2020, List.of(new Move(EARLY_MAY, LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)")),
            2022, List.of(new Move(SPRING, LocalDate.of(2022, 6, 2), SPRING)));

    /** Extra holidays proclaimed for one year only. */
    private static final List<BankHoliday> ONE_OFFS = List.of(
            BankHoliday.of(LocalDate.of(1981, 7, 29), "Royal wedding"),
            BankHoliday.of(LocalDate.of(1999, 12, 31), "Millennium celebrations"),
            BankHoliday.of(LocalDate.of(2002, 6, 3), "Golden Jubilee bank holiday"),
            BankHoliday.of(LocalDate.of(2011, 4, 29), "Royal wedding"),
            BankHoliday.of(LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee"),
            BankHoliday.of(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"),
            BankHoliday.of(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
            BankHoliday.of(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar(Map.of());

    private final Map<LocalDate, BankHoliday> additional;
    private final Map<Integer, Map<LocalDate, BankHoliday>> byYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(Map<LocalDate, BankHoliday> additional) {
        this.additional = Map.copyOf(additional);
    }

    /** The calendar for England and Wales (Scotland and Northern Ireland have other bank holidays). */
    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /** This calendar with extra holidays, e.g. a one-off holiday proclaimed after this code was written. */
    public WorkingDayCalendar withAdditionalHolidays(Collection<BankHoliday> holidays) {
        Map<LocalDate, BankHoliday> merged = new HashMap<>(additional);
        for (BankHoliday holiday : holidays) {
            merged.put(holiday.date(), holiday);
        }
        return new WorkingDayCalendar(merged);
    }

    /** Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !isBankHoliday(date);
    }

    public boolean isBankHoliday(LocalDate date) {
        return holidaysIn(date.getYear()).containsKey(date);
    }

    public Optional<BankHoliday> bankHoliday(LocalDate date) {
        return Optional.ofNullable(holidaysIn(date.getYear()).get(date));
    }

    /** The year's bank holidays in date order, substitute days included. */
    public List<BankHoliday> bankHolidays(int year) {
        return List.copyOf(holidaysIn(year).values());
    }

    /**
     * The date {@code n} working days after {@code start}; the start day itself is never counted, so "within 2
     * working days" of a Friday is the Tuesday, and of a Saturday also the Tuesday.
     *
     * <p>{@code n == 0} returns {@code start} if it is a working day, otherwise the next working day: "no working
     * days" still has to land on a day the office is open. A negative {@code n} counts backwards the same way.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n == 0) {
            return isWorkingDay(start) ? start : nextWorkingDay(start);
        }
        LocalDate date = start;
        for (int i = 0; i < Math.abs(n); i++) {
            date = n > 0 ? nextWorkingDay(date) : previousWorkingDay(date);
        }
        return date;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /**
     * The number of working days after {@code start} up to and including {@code end}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every {@code n > 0}. Negative when {@code end} is
     * before {@code start}: minus the working days after {@code end} up to and including {@code start}.
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int count = 0;
        for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
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
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, BankHoliday> holidaysIn(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, BankHoliday> compute(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException(
                    "Bank holidays before " + FIRST_YEAR + " are not known to this calendar: " + year);
        }
        Map<String, LocalDate> standing = new HashMap<>();
        LocalDate easter = easterSunday(year);
        standing.put(GOOD_FRIDAY, easter.minusDays(2));
        standing.put(EASTER_MONDAY, easter.plusDays(1));
        standing.put(EARLY_MAY, firstMonday(year, Month.MAY));
        standing.put(SPRING, lastMonday(year, Month.MAY));
        standing.put(SUMMER, lastMonday(year, Month.AUGUST));

        TreeMap<LocalDate, BankHoliday> holidays = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Move move : MOVES.getOrDefault(year, List.of())) {
            standing.put(move.holiday(), move.movedTo());
            names.put(move.holiday(), move.name());
        }
        standing.forEach((holiday, date) ->
                holidays.put(date, BankHoliday.of(date, names.getOrDefault(holiday, holiday))));
        for (BankHoliday oneOff : ONE_OFFS) {
            if (oneOff.date().getYear() == year) {
                holidays.put(oneOff.date(), oneOff);
            }
        }

        // Fixed dates last, in calendar order, so a substitute skips days already taken (Christmas on a Saturday
        // gives Monday 27th to Christmas and Tuesday 28th to Boxing Day).
        List<BankHoliday> fixed = new ArrayList<>(List.of(
                BankHoliday.of(LocalDate.of(year, 1, 1), NEW_YEARS_DAY),
                BankHoliday.of(LocalDate.of(year, 12, 25), CHRISTMAS_DAY),
                BankHoliday.of(LocalDate.of(year, 12, 26), BOXING_DAY)));
        for (BankHoliday holiday : fixed) {
            if (!isWeekend(holiday.date())) {
                holidays.put(holiday.date(), holiday);
            }
        }
        for (BankHoliday holiday : fixed) {
            if (isWeekend(holiday.date())) {
                LocalDate substitute = holiday.date().plusDays(1);
                while (isWeekend(substitute) || holidays.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                holidays.put(substitute, new BankHoliday(substitute, holiday.name(), true));
            }
        }

        additional.values().stream()
                .filter(holiday -> holiday.date().getYear() == year)
                .sorted(Comparator.comparing(BankHoliday::date))
                .forEach(holiday -> holidays.put(holiday.date(), holiday));
        return Collections.unmodifiableSortedMap(holidays);
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkingDayCalendar calendar && additional.equals(calendar.additional);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[England and Wales" + (additional.isEmpty() ? "" : ", plus " + additional.size()
                + " added holiday(s)") + "]";
    }
}
