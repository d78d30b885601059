package org.casereview.statistics;

import java.time.LocalDate;

/** The years a partnership publishes its figures by. */
public enum YearBasis {
    /** April to March, as most councils report ("During April 2017 to March 2018 …", "in 2023/24"). */
    FINANCIAL,
    /** January to December ("Community Triggers raised during 2020"). */
    CALENDAR;

    /** The year of this kind starting in {@code year}. */
    public ReportingPeriod year(int year) {
        return this == FINANCIAL ? ReportingPeriod.financialYear(year) : ReportingPeriod.calendarYear(year);
    }

    /** The year of this kind that holds {@code day}. */
    public ReportingPeriod yearOf(LocalDate day) {
        return this == FINANCIAL ? ReportingPeriod.financialYearOf(day) : ReportingPeriod.calendarYear(day.getYear());
    }
}
