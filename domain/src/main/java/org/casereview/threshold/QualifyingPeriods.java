package org.casereview.threshold;

import java.time.LocalDate;

/**
 * Periods of months "beginning with" a date, as section 104(11) of the 2014 Act words them: a complaint is made
 * "within the period of one month beginning with the date on which the behaviour is alleged to have occurred", and
 * the application "within the period of six months beginning with the date on which the complaint is made".
 *
 * <p>The corresponding date rule (Dodds v Walker [1981]): a period of months beginning with a day includes that day
 * and ends on the day before the same-numbered day of the later month; where the later month has no such day, it ends
 * on that month's last day. One month beginning with 15 January ends on 14 February; with 31 January, on 28 February
 * (29 February in a leap year); with 29 January 2024, on 28 February 2024. See
 * {@code docs/decisions/0001-qualifying-complaint-periods.md}.
 */
public final class QualifyingPeriods {

    private QualifyingPeriods() {
    }

    /** The last day of the period of {@code months} months beginning with {@code firstDay}. */
    public static LocalDate lastDayOfPeriod(LocalDate firstDay, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("A period needs at least one month: " + months);
        }
        LocalDate later = firstDay.plusMonths(months);
        boolean correspondingDateExists = later.getDayOfMonth() == firstDay.getDayOfMonth();
        // plusMonths clamps a missing day (31 February) to the month's last day, which is then the period's end.
        return correspondingDateExists ? later.minusDays(1) : later;
    }

    /** Whether {@code date} falls within the period of {@code months} months beginning with {@code firstDay}. */
    public static boolean withinPeriod(LocalDate firstDay, int months, LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDayOfPeriod(firstDay, months));
    }

    /**
     * The earliest day a period of {@code months} months can begin and still include {@code date}: for an
     * application on {@code date}, reports made before this day are too old.
     */
    public static LocalDate earliestFirstDayCovering(LocalDate date, int months) {
        // lastDayOfPeriod never decreases as the first day moves later, so walk forward from a month too early.
        LocalDate firstDay = date.minusMonths(months + 1L);
        while (lastDayOfPeriod(firstDay, months).isBefore(date)) {
            firstDay = firstDay.plusDays(1);
        }
        return firstDay;
    }
}
