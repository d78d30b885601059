package org.casereview.workingdays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Counting working days")
class WorkingDaysArithmeticTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{2} working days after {0} ({1}) is {3}")
    @DisplayName("the start day is never counted; weekends and bank holidays are skipped")
    @CsvSource({
            // start,     day,      n,  expected
            "2026-03-02, Monday,    1, 2026-03-03",
            "2026-03-02, Monday,    2, 2026-03-04",
            "2026-03-06, Friday,    1, 2026-03-09",
            "2026-03-06, Friday,    2, 2026-03-10",
            "2026-03-07, Saturday,  1, 2026-03-09",
            "2026-03-07, Saturday,  2, 2026-03-10",
            "2026-03-08, Sunday,    3, 2026-03-11",
            "2026-03-02, Monday,    5, 2026-03-09",
            "2026-03-02, Monday,   25, 2026-04-08", // across Good Friday 3 April and Easter Monday 6 April 2026
            "2026-04-02, Thursday,  1, 2026-04-07",
            "2026-04-02, Thursday,  3, 2026-04-09",
            "2026-12-24, Thursday,  1, 2026-12-29", // Christmas Friday, Boxing Day substitute Monday 28th
            "2026-12-24, Thursday,  3, 2026-12-31",
            "2026-12-24, Thursday,  4, 2027-01-04", // New Year's Day 2027 is a Friday
            "2021-12-24, Friday,    1, 2021-12-29", // substitutes on Monday 27 and Tuesday 28 December 2021
            "2022-12-23, Friday,    1, 2022-12-28", // Boxing Day Monday 26, Christmas substitute Tuesday 27
            "2021-12-31, Friday,    1, 2022-01-04", // New Year's Day 2022 taken on Monday 3 January
            "2022-12-30, Friday,    1, 2023-01-03", // New Year's Day 2023 taken on Monday 2 January
            "2022-06-01, Wednesday, 1, 2022-06-06", // Platinum Jubilee: Thursday 2 and Friday 3 June 2022
            "2022-09-16, Friday,    1, 2022-09-20", // State Funeral, Monday 19 September 2022
            "2023-05-05, Friday,    2, 2023-05-10", // Coronation, Monday 8 May 2023
            "2020-05-07, Thursday,  1, 2020-05-11", // VE day, Friday 8 May 2020
            "2020-05-01, Friday,    1, 2020-05-04", // 4 May 2020 was an ordinary working day
            "2026-12-18, Friday,   25, 2027-01-27", // 4 before Christmas, 3 between, then 18 in January
            "2024-02-28, Wednesday, 1, 2024-02-29",
            "2024-02-29, Thursday,  1, 2024-03-01"})
    void plusWorkingDays(LocalDate start, String day, int n, LocalDate expected) {
        assertThat(start.getDayOfWeek().toString()).isEqualToIgnoringCase(day);
        assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(n);
    }

    @ParameterizedTest(name = "0 working days after {0} is {1}")
    @DisplayName("zero working days is the day itself if it is a working day, else the next one")
    @CsvSource({
            "2026-03-02, 2026-03-02",
            "2026-03-07, 2026-03-09",
            "2026-03-08, 2026-03-09",
            "2026-04-03, 2026-04-07",
            "2026-12-25, 2026-12-29",
            "2022-06-02, 2022-06-06"})
    void zero(LocalDate start, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(start, 0)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} working days from {0} is {2}")
    @DisplayName("negative counts go backwards the same way")
    @CsvSource({
            "2026-03-09, -1, 2026-03-06",
            "2026-03-08, -1, 2026-03-06",
            "2026-04-07, -1, 2026-04-02",
            "2026-12-29, -2, 2026-12-23",
            "2026-03-09, 0, 2026-03-09"})
    void negative(LocalDate start, int n, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "between {0} and {1}: {2}")
    @DisplayName("working days between two dates count the days after the first up to and including the second")
    @CsvSource({
            "2026-03-02, 2026-03-02,  0",
            "2026-03-02, 2026-03-03,  1",
            "2026-03-06, 2026-03-09,  1",
            "2026-03-06, 2026-03-08,  0",
            "2026-03-02, 2026-03-31, 21",
            "2026-04-01, 2026-04-30, 19", // 21 weekdays after 1 April, less Good Friday and Easter Monday
            "2026-03-09, 2026-03-06, -1",
            "2026-12-01, 2027-01-01, 20", // 23 weekdays after 1 December, less 25 and 28 December and 1 January
            "2026-01-01, 2026-12-31, 253"}) // 260 weekdays after 1 January, less 7 bank holidays
    void between(LocalDate start, LocalDate end, int expected) {
        assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(expected);
    }

    @Test
    @DisplayName("adding working days never lands on a weekend or bank holiday, and adds exactly that many (2000-2040)")
    void neverLandsOnAHoliday() {
        for (LocalDate start = LocalDate.of(2000, 1, 1); start.getYear() <= 2040; start = start.plusDays(1)) {
            for (int n : new int[] {0, 1, 2, 3, 5, 10, 25}) {
                LocalDate result = calendar.plusWorkingDays(start, n);
                assertThat(calendar.isWorkingDay(result)).as("%d working days after %s", n, start).isTrue();
                assertThat(result).isAfterOrEqualTo(start);
                if (n > 0) {
                    assertThat(calendar.workingDaysBetween(start, result)).as("%s + %d", start, n).isEqualTo(n);
                    // and it is the first such day: the day before is one short
                    assertThat(calendar.workingDaysBetween(start, result.minusDays(1))).isEqualTo(n - 1);
                }
                LocalDate back = calendar.plusWorkingDays(start, -n);
                assertThat(calendar.isWorkingDay(back)).as("%d working days before %s", n, start).isTrue();
            }
        }
    }

    @Test
    @DisplayName("there are between 250 and 254 working days in every year from 1978 to 2100")
    void workingDaysAYear() {
        for (int year = 1978; year <= 2100; year++) {
            int days = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
            assertThat(days).as("%d", year).isBetween(250, 255);
        }
    }
}
