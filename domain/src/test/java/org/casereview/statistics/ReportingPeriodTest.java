package org.casereview.statistics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTest {

    @Test
    void a_financial_year_runs_from_1_april_to_31_march() {
        ReportingPeriod year = ReportingPeriod.financialYear(2017);
        assertThat(year.from()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(year.label()).isEqualTo("April 2017 to March 2018");
        assertThat(year.shortLabel()).isEqualTo("2017/18");
        assertThat(ReportingPeriod.financialYearOf(LocalDate.of(2018, 3, 31))).isEqualTo(year);
        assertThat(ReportingPeriod.financialYearOf(LocalDate.of(2018, 4, 1)))
                .isEqualTo(ReportingPeriod.financialYear(2018));
        assertThat(ReportingPeriod.financialYear(2099).shortLabel()).isEqualTo("2099/00");
    }

    @Test
    void quarters_are_named_by_their_months_and_numbered_in_the_financial_year() {
        ReportingPeriod first = ReportingPeriod.quarter(2025, Month.APRIL);
        assertThat(first.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(first.to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(first.label()).isEqualTo("April to June 2025");
        assertThat(first.shortLabel()).isEqualTo("Q1 2025/26");
        ReportingPeriod last = ReportingPeriod.quarter(2026, Month.JANUARY);
        assertThat(last.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(last.shortLabel()).isEqualTo("Q4 2025/26");
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2025, 12, 31))).isEqualTo(ReportingPeriod.quarter(2025,
                Month.OCTOBER));
        assertThat(last.previous().previous()).isEqualTo(ReportingPeriod.quarter(2025, Month.JULY));
        assertThatThrownBy(() -> ReportingPeriod.quarter(2025, Month.MAY)).hasMessageContaining("quarter starts");
    }

    @Test
    void calendar_years_and_ranges_of_days() {
        assertThat(ReportingPeriod.calendarYear(2020).label()).isEqualTo("2020");
        assertThat(YearBasis.CALENDAR.yearOf(LocalDate.of(2020, 3, 31))).isEqualTo(ReportingPeriod.calendarYear(2020));
        assertThat(YearBasis.FINANCIAL.yearOf(LocalDate.of(2020, 3, 31)))
                .isEqualTo(ReportingPeriod.financialYear(2019));
        ReportingPeriod days = ReportingPeriod.between(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 10));
        assertThat(days.label()).isEqualTo("1 May 2025 to 10 June 2025");
        assertThat(days.contains(LocalDate.of(2025, 6, 10))).isTrue();
        assertThat(days.contains(LocalDate.of(2025, 6, 11))).isFalse();
        assertThat(days.previous()).isEqualTo(ReportingPeriod.between(LocalDate.of(2025, 3, 21),
                LocalDate.of(2025, 4, 30)));
        assertThatThrownBy(() -> ReportingPeriod.between(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1)))
                .hasMessageContaining("before it starts");
    }
}
