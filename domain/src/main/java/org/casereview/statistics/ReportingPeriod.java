package org.casereview.statistics;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a report covers, both ends included, and how to name them: a quarter ("April to June 2025"), a calendar
 * year ("2025"), a financial year ("April 2025 to March 2026", shown as "2025/26") or any range of days.
 *
 * @param label the period in words, as a sentence uses it: "During {label} there were …"
 * @param shortLabel for column headings and file names: "2025/26", "Q1 2025/26", "2025"
 */
public record ReportingPeriod(LocalDate from, LocalDate to, Kind kind, String label, String shortLabel) {

    public enum Kind {
        QUARTER, CALENDAR_YEAR, FINANCIAL_YEAR, DATES
    }

    /** The financial year starts on 1 April. */
    public static final Month FINANCIAL_YEAR_START = Month.APRIL;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The financial year from 1 April {@code startYear} to 31 March the year after. */
    public static ReportingPeriod financialYear(int startYear) {
        return new ReportingPeriod(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31),
                Kind.FINANCIAL_YEAR, "April " + startYear + " to March " + (startYear + 1),
                financialYearName(startYear));
    }

    public static ReportingPeriod calendarYear(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.CALENDAR_YEAR,
                String.valueOf(year), String.valueOf(year));
    }

    /**
     * The quarter of three months starting on the first of {@code firstMonth} (January, April, July or October).
     * Named by its months and, in the short form, as the financial year's quarter ("Q1 2025/26" is April to June
     * 2025), which is how partnerships report to the Commissioner.
     */
    public static ReportingPeriod quarter(int year, Month firstMonth) {
        if ((firstMonth.getValue() - 1) % 3 != 0) {
            throw new IllegalArgumentException("A quarter starts in January, April, July or October, not " + firstMonth);
        }
        LocalDate from = LocalDate.of(year, firstMonth, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        int financialYear = firstMonth.getValue() >= FINANCIAL_YEAR_START.getValue() ? year : year - 1;
        int number = (firstMonth.getValue() - FINANCIAL_YEAR_START.getValue() + 12) % 12 / 3 + 1;
        return new ReportingPeriod(from, to, Kind.QUARTER, monthName(from.getMonth()) + " to "
                + monthName(to.getMonth()) + " " + to.getYear(), "Q" + number + " " + financialYearName(financialYear));
    }

    /** Any run of days, both included. */
    public static ReportingPeriod between(LocalDate from, LocalDate to) {
        return new ReportingPeriod(from, to, Kind.DATES, DAY.format(from) + " to " + DAY.format(to),
                from + " to " + to);
    }

    public static ReportingPeriod financialYearOf(LocalDate day) {
        return financialYear(financialYearStart(day));
    }

    public static ReportingPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), Month.of((day.getMonthValue() - 1) / 3 * 3 + 1));
    }

    /** The year the financial year holding {@code day} starts in: 2025 for 31 March 2026, 2026 for 1 April 2026. */
    public static int financialYearStart(LocalDate day) {
        return day.getMonthValue() >= FINANCIAL_YEAR_START.getValue() ? day.getYear() : day.getYear() - 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the period has not ended by {@code today}: its figures are still growing. */
    public boolean isUnderway(LocalDate today) {
        return !today.isAfter(to);
    }

    /** The same kind of period just before this one (a quarter, a year, or as many days). */
    public ReportingPeriod previous() {
        return switch (kind) {
            case FINANCIAL_YEAR -> financialYear(from.getYear() - 1);
            case CALENDAR_YEAR -> calendarYear(from.getYear() - 1);
            case QUARTER -> quarter(from.minusMonths(3).getYear(), from.minusMonths(3).getMonth());
            case DATES -> between(from.minusDays(to.toEpochDay() - from.toEpochDay() + 1), from.minusDays(1));
        };
    }

    private static String financialYearName(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
