package org.casereview.workingdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Bank holidays in England and Wales")
class BankHolidaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("match the lists published on GOV.UK for 2019 to 2027")
    @CsvSource(delimiter = '|', value = {
            "2019 | 2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26",
            "2020 | 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
            "2021 | 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
            "2022 | 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19"
                    + " 2022-12-26 2022-12-27",
            "2023 | 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25"
                    + " 2023-12-26",
            "2024 | 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
            "2025 | 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
            "2026 | 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
            "2027 | 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28"})
    void publishedLists(int year, String dates) {
        List<LocalDate> expected = Arrays.stream(dates.trim().split("\\s+")).map(LocalDate::parse).toList();
        assertThat(calendar.bankHolidays(year)).extracting(BankHoliday::date).containsExactlyElementsOf(expected);
        expected.forEach(date -> assertThat(calendar.isWorkingDay(date)).as("%s", date).isFalse());
    }

    @ParameterizedTest(name = "{0} is \"{1}\"{2}")
    @DisplayName("are named as GOV.UK names them, substitute days marked")
    @CsvSource(delimiter = '|', value = {
            "2021-12-27 | Christmas Day                                          | true",
            "2021-12-28 | Boxing Day                                             | true",
            "2022-12-26 | Boxing Day                                             | false",
            "2022-12-27 | Christmas Day                                          | true",
            "2020-12-28 | Boxing Day                                             | true",
            "2022-01-03 | New Year's Day                                         | true",
            "2023-01-02 | New Year's Day                                         | true",
            "2026-12-28 | Boxing Day                                             | true",
            "2027-12-27 | Christmas Day                                          | true",
            "2027-12-28 | Boxing Day                                             | true",
            "2020-05-08 | Early May bank holiday (VE day)                        | false",
            "2022-06-02 | Spring bank holiday                                    | false",
            "2022-06-03 | Platinum Jubilee bank holiday                          | false",
            "2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II | false",
            "2023-05-08 | Bank holiday for the coronation of King Charles III    | false",
            "2023-05-01 | Early May bank holiday                                 | false",
            "2026-04-03 | Good Friday                                            | false",
            "2026-04-06 | Easter Monday                                          | false",
            "2026-08-31 | Summer bank holiday                                    | false",
            "2012-06-05 | Queen's Diamond Jubilee                                | false",
            "2011-04-29 | Royal wedding                                          | false",
            "1999-12-31 | Millennium celebrations                                | false"})
    void names(LocalDate date, String name, boolean substitute) {
        BankHoliday holiday = calendar.bankHoliday(date).orElseThrow();
        assertThat(holiday.name()).isEqualTo(name);
        assertThat(holiday.substituteDay()).isEqualTo(substitute);
        assertThat(holiday.displayName()).isEqualTo(substitute ? name + " (substitute day)" : name);
    }

    @Nested
    @DisplayName("substitute days: a holiday at a weekend moves to the next weekday that is not already a holiday")
    class SubstituteDays {

        @ParameterizedTest(name = "Christmas {0} on a {1}: holidays {2} and {3}")
        @CsvSource({
                "2021, SATURDAY,  2021-12-27, 2021-12-28",
                "2010, SATURDAY,  2010-12-27, 2010-12-28",
                "2022, SUNDAY,    2022-12-26, 2022-12-27",
                "2016, SUNDAY,    2016-12-26, 2016-12-27",
                "2020, FRIDAY,    2020-12-25, 2020-12-28",
                "2026, FRIDAY,    2026-12-25, 2026-12-28",
                "2027, SATURDAY,  2027-12-27, 2027-12-28",
                "2023, MONDAY,    2023-12-25, 2023-12-26",
                "2032, SATURDAY,  2032-12-27, 2032-12-28",
                "2033, SUNDAY,    2033-12-26, 2033-12-27"})
        void christmas(int year, DayOfWeek christmas, LocalDate first, LocalDate second) {
            assertThat(LocalDate.of(year, 12, 25).getDayOfWeek()).isEqualTo(christmas);
            assertThat(calendar.bankHolidays(year))
                    .filteredOn(h -> h.date().getMonthValue() == 12)
                    .extracting(BankHoliday::date)
                    .containsExactly(first, second);
        }

        @ParameterizedTest(name = "New Year''s Day {0} is taken on {1}")
        @CsvSource({
                "2022, 2022-01-03", // Saturday
                "2023, 2023-01-02", // Sunday
                "2011, 2011-01-03", // Saturday
                "2017, 2017-01-02", // Sunday
                "2028, 2028-01-03", // Saturday
                "2033, 2033-01-03", // Saturday
                "2034, 2034-01-02", // Sunday
                "2024, 2024-01-01"})
        void newYear(int year, LocalDate taken) {
            assertThat(calendar.bankHolidays(year).getFirst().date()).isEqualTo(taken);
            assertThat(calendar.bankHolidays(year).getFirst().name()).isEqualTo("New Year's Day");
        }

        @Test
        @DisplayName("a weekend holiday is never itself a bank holiday entry")
        void weekendsAreNotListed() {
            for (int year = 1978; year <= 2100; year++) {
                assertThat(calendar.bankHolidays(year))
                        .as("%d", year)
                        .allSatisfy(h -> assertThat(h.date().getDayOfWeek())
                                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            }
        }

        @Test
        @DisplayName("every ordinary year has exactly eight bank holidays")
        void eightAYear() {
            List<Integer> special = List.of(1981, 1999, 2002, 2011, 2012, 2022, 2023);
            for (int year = 1978; year <= 2100; year++) {
                if (!special.contains(year)) {
                    assertThat(calendar.bankHolidays(year)).as("%d", year).hasSize(8);
                }
            }
            assertThat(calendar.bankHolidays(2022)).hasSize(10);
            assertThat(calendar.bankHolidays(2023)).hasSize(9);
            assertThat(calendar.bankHolidays(2012)).hasSize(9);
        }
    }

    @Nested
    @DisplayName("moved and one-off holidays")
    class OneOffs {

        @ParameterizedTest(name = "{0} is a working day ({1})")
        @CsvSource(delimiter = '|', value = {
                "2020-05-04 | the early May bank holiday moved to Friday 8 May 2020 for VE day",
                "2022-05-30 | the spring bank holiday moved to Thursday 2 June 2022",
                "2012-05-28 | the spring bank holiday moved to 4 June 2012",
                "2002-05-27 | the spring bank holiday moved to 4 June 2002",
                "1995-05-01 | the early May bank holiday moved to 8 May 1995",
                "2023-05-02 | the day after the early May bank holiday 2023"})
        void movedAway(LocalDate date, String why) {
            assertThat(calendar.isWorkingDay(date)).isTrue();
        }

        @ParameterizedTest(name = "{0} is not a working day")
        @CsvSource({"2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2023-05-01",
                "2011-04-29", "2012-06-04", "2012-06-05", "2002-06-03", "2002-06-04", "1999-12-31", "1995-05-08",
                "1981-07-29"})
        void oneOffs(LocalDate date) {
            assertThat(calendar.isWorkingDay(date)).isFalse();
            assertThat(calendar.isBankHoliday(date)).isTrue();
        }

        @Test
        @DisplayName("a one-off announced later can be added without changing the standard calendar")
        void additional() {
            LocalDate proclaimed = LocalDate.of(2030, 6, 7);
            WorkingDayCalendar extended = calendar.withAdditionalHolidays(
                    List.of(BankHoliday.of(proclaimed, "An extra bank holiday")));
            assertThat(extended.isWorkingDay(proclaimed)).isFalse();
            assertThat(extended.bankHolidays(2030)).hasSize(9);
            assertThat(calendar.isWorkingDay(proclaimed)).isTrue();
            assertThat(extended).isNotEqualTo(calendar);
            assertThat(WorkingDayCalendar.englandAndWales()).isEqualTo(calendar);
        }
    }

    @Test
    @DisplayName("years before 1978 are refused rather than guessed")
    void tooEarly() {
        assertThatThrownBy(() -> calendar.bankHolidays(1977)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(1970, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("weekends are never working days, ordinary weekdays are")
    void weekends() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue(); // Monday
        assertThat(calendar.bankHoliday(LocalDate.of(2026, 3, 9))).isEmpty();
    }
}
