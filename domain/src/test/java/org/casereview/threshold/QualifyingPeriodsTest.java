package org.casereview.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("\"The period of N months beginning with\" a date (s104(11), the corresponding date rule)")
class QualifyingPeriodsTest {

    @ParameterizedTest(name = "{1} month(s) beginning with {0} ends on {2}")
    @DisplayName("ends the day before the corresponding date, or on the month's last day where there is none")
    @CsvSource({
            "2026-01-15, 1, 2026-02-14",
            "2026-01-01, 1, 2026-01-31",
            "2026-02-01, 1, 2026-02-28",
            "2026-01-28, 1, 2026-02-27",
            "2026-01-29, 1, 2026-02-28", // no 29 February 2026: ends on the last day of February
            "2026-01-30, 1, 2026-02-28",
            "2026-01-31, 1, 2026-02-28",
            "2024-01-28, 1, 2024-02-27",
            "2024-01-29, 1, 2024-02-28", // 29 February 2024 exists: the day before it
            "2024-01-30, 1, 2024-02-29",
            "2024-01-31, 1, 2024-02-29",
            "2024-02-29, 1, 2024-03-28",
            "2025-02-28, 1, 2025-03-27",
            "2026-03-30, 1, 2026-04-29",
            "2026-03-31, 1, 2026-04-30", // no 31 April
            "2026-12-01, 1, 2026-12-31",
            "2026-12-31, 1, 2027-01-30",
            "2026-01-15, 6, 2026-07-14",
            "2025-08-28, 6, 2026-02-27",
            "2025-08-29, 6, 2026-02-28",
            "2025-08-31, 6, 2026-02-28",
            "2025-09-01, 6, 2026-02-28",
            "2025-09-02, 6, 2026-03-01",
            "2023-08-29, 6, 2024-02-28",
            "2023-08-30, 6, 2024-02-29",
            "2023-08-31, 6, 2024-02-29",
            "2024-02-29, 6, 2024-08-28",
            "2026-03-31, 6, 2026-09-30",
            "2026-04-30, 6, 2026-10-29",
            "2026-06-30, 6, 2026-12-29",
            "2026-07-31, 6, 2027-01-30",
            "2026-05-10, 12, 2027-05-09",
            "2024-02-29, 12, 2025-02-28"})
    void lastDay(LocalDate first, int months, LocalDate last) {
        assertThat(QualifyingPeriods.lastDayOfPeriod(first, months)).isEqualTo(last);
        assertThat(QualifyingPeriods.withinPeriod(first, months, last)).isTrue();
        assertThat(QualifyingPeriods.withinPeriod(first, months, last.plusDays(1))).isFalse();
        assertThat(QualifyingPeriods.withinPeriod(first, months, first)).isTrue();
        assertThat(QualifyingPeriods.withinPeriod(first, months, first.minusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "applying on {0}, reports from {2} count ({1}-month window)")
    @DisplayName("counted back from an application, the first day a report can still count")
    @CsvSource({
            "2026-02-28, 6, 2025-08-29",
            "2026-03-01, 6, 2025-09-02",
            "2026-07-14, 6, 2026-01-15",
            "2024-02-29, 6, 2023-08-30",
            "2024-02-28, 6, 2023-08-29",
            "2024-02-29, 1, 2024-01-30",
            "2026-03-10, 6, 2025-09-11"})
    void earliest(LocalDate application, int months, LocalDate earliest) {
        assertThat(QualifyingPeriods.earliestFirstDayCovering(application, months)).isEqualTo(earliest);
    }

    @Test
    @DisplayName("the earliest first day is exact for every day of 2023-2029 and windows of 1 to 12 months")
    void earliestIsExact() {
        for (LocalDate date = LocalDate.of(2023, 1, 1); date.getYear() < 2030; date = date.plusDays(1)) {
            for (int months = 1; months <= 12; months++) {
                LocalDate earliest = QualifyingPeriods.earliestFirstDayCovering(date, months);
                assertThat(QualifyingPeriods.withinPeriod(earliest, months, date)).isTrue();
                assertThat(QualifyingPeriods.withinPeriod(earliest.minusDays(1), months, date)).isFalse();
            }
        }
    }

    @Test
    @DisplayName("a later first day never gives an earlier last day, and a month is 28 to 31 days")
    void monotonic() {
        for (LocalDate date = LocalDate.of(2023, 1, 1); date.getYear() < 2030; date = date.plusDays(1)) {
            LocalDate end = QualifyingPeriods.lastDayOfPeriod(date, 1);
            assertThat(end).isAfterOrEqualTo(QualifyingPeriods.lastDayOfPeriod(date.minusDays(1), 1));
            assertThat(ChronoUnit.DAYS.between(date, end) + 1).isBetween(28L, 31L);
            assertThat(QualifyingPeriods.lastDayOfPeriod(date, 6))
                    .isAfterOrEqualTo(QualifyingPeriods.lastDayOfPeriod(date.minusDays(1), 6));
        }
    }

    @Test
    @DisplayName("a period needs at least one month")
    void noZero() {
        assertThatThrownBy(() -> QualifyingPeriods.lastDayOfPeriod(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
