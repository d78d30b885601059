package org.casereview.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Hands out references such as {@code CT-2026-00042}: short enough to read out on the phone, one per application,
 * counted per calendar year. The numbers come from a MariaDB sequence (V16), which two applications submitted at the
 * same moment, on any number of servers, never both get, and which is neither locked until a transaction ends nor
 * rolled back with it: applications arriving together are not queued behind each other (decision 0016). A year's
 * n-th reference is the sequence's value less the year's base; a number whose application is not stored is not used
 * again, so a year's references can have gaps, never duplicates.
 */
@Component
class ReferenceNumbers {

    private static final String NEXT = "SELECT NEXTVAL(reference_numbers) - base FROM reference_year WHERE year = ?";

    private final JdbcTemplate jdbc;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement, but at the year's first reference (on any server), which first sets the year's base. */
    String next(int year) {
        List<Long> number = jdbc.queryForList(NEXT, Long.class, year);
        if (number.isEmpty()) {
            // Servers taking the year's first reference together each try; the first one's base counts.
            jdbc.update("INSERT IGNORE INTO reference_year (year, base) SELECT ?, NEXTVAL(reference_numbers)", year);
            number = jdbc.queryForList(NEXT, Long.class, year);
        }
        return format(year, number.getFirst());
    }

    static String format(int year, long number) {
        return "CT-%d-%05d".formatted(year, number);
    }
}
