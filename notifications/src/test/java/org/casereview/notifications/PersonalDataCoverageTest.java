package org.casereview.notifications;

import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.PersonalDataSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column of every table that refers to a case (directly, or through a table that does) is either kept or
 * cleared by some feature's anonymisation. A feature that adds a table or a column about a case makes this fail until
 * its {@code CasePersonalData} says what happens to it. Here, because the outbox's rules live in notifications.
 */
@SpringBootTest
class PersonalDataCoverageTest {

    @Autowired
    PersonalDataSteps steps;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_column_about_a_case_is_kept_or_cleared_when_the_case_is_anonymised() {
        Set<String> tables = tablesAboutACase();
        assertThat(tables).contains("application", "incident", "outbox_message", "risk_answer", "case_access");

        List<String> unclassified = new ArrayList<>();
        for (String table : tables) {
            for (String column : jdbc.queryForList("""
                    SELECT COLUMN_NAME FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION""",
                    String.class, table)) {
                String name = column.toLowerCase(Locale.ROOT);
                if (steps.tables().stream().noneMatch(rule -> rule.table().equals(table) && rule.covers(name))) {
                    unclassified.add(table + "." + name);
                }
            }
        }
        assertThat(unclassified).as("columns no CasePersonalData keeps or clears").isEmpty();
    }

    @Test
    void every_rule_names_columns_that_exist() {
        List<String> unknown = new ArrayList<>();
        for (CaseTable rule : steps.tables()) {
            Set<String> columns = new TreeSet<>(jdbc.queryForList("""
                    SELECT LOWER(COLUMN_NAME) FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?""", String.class, rule.table()));
            for (String column : rule.cleared()) {
                if (!columns.contains(column)) {
                    unknown.add(rule.table() + "." + column);
                }
            }
            for (String column : rule.kept()) {
                if (!columns.contains(column)) {
                    unknown.add(rule.table() + "." + column);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    /** The application table and every table whose foreign keys lead to it. */
    private Set<String> tablesAboutACase() {
        Set<String> tables = new TreeSet<>(Set.of("application"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String table : List.copyOf(tables)) {
                for (String referring : jdbc.queryForList("""
                        SELECT DISTINCT LOWER(TABLE_NAME) FROM information_schema.KEY_COLUMN_USAGE
                        WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = ?""", String.class, table)) {
                    grew |= tables.add(referring);
                }
            }
        }
        return tables;
    }
}
