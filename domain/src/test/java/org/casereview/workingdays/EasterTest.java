package org.casereview.workingdays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Easter Sunday, from which Good Friday and Easter Monday follow")
class EasterTest {

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @DisplayName("matches the published dates for 2000 to 2035")
    @CsvSource({
            "2000, 2000-04-23", "2001, 2001-04-15", "2002, 2002-03-31", "2003, 2003-04-20", "2004, 2004-04-11",
            "2005, 2005-03-27", "2006, 2006-04-16", "2007, 2007-04-08", "2008, 2008-03-23", "2009, 2009-04-12",
            "2010, 2010-04-04", "2011, 2011-04-24", "2012, 2012-04-08", "2013, 2013-03-31", "2014, 2014-04-20",
            "2015, 2015-04-05", "2016, 2016-03-27", "2017, 2017-04-16", "2018, 2018-04-01", "2019, 2019-04-21",
            "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31",
            "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01",
            "2030, 2030-04-21", "2031, 2031-04-13", "2032, 2032-03-28", "2033, 2033-04-17", "2034, 2034-04-09",
            "2035, 2035-03-25"})
    void publishedDates(int year, LocalDate easter) {
        assertThat(WorkingDayCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @DisplayName("gets the earliest and latest possible Easters and the computus's awkward years right")
    @CsvSource({
            "1818, 1818-03-22", // earliest possible date
            "2285, 2285-03-22",
            "1943, 1943-04-25", // latest possible date
            "2038, 2038-04-25",
            "1954, 1954-04-18", // years where simpler formulas (Gauss's) need exceptions
            "1981, 1981-04-19",
            "2049, 2049-04-18",
            "2076, 2076-04-19",
            "1978, 1978-03-26",
            "1999, 1999-04-04"})
    void edgeYears(int year, LocalDate easter) {
        assertThat(WorkingDayCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    @DisplayName("always falls on a Sunday between 22 March and 25 April")
    void alwaysASundayInRange() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = WorkingDayCalendar.easterSunday(year);
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            MonthDay day = MonthDay.from(easter);
            assertThat(day).as("Easter %d", year).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
        }
    }
}
