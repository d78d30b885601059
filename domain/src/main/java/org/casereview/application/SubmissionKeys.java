package org.casereview.application;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * The application a form's submission key was stored with: a form sent twice (a double click, a retry after an answer
 * that was lost) is stored once. Asked for every application and nearly always finding none, so it is one plain
 * statement, not a query Hibernate plans, binds and reads into an entity.
 */
@Component
class SubmissionKeys {

    private final JdbcTemplate jdbc;

    SubmissionKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OptionalLong applicationWith(String submissionKey) {
        return jdbc.queryForList("SELECT id FROM application WHERE submission_key = ?", Long.class, submissionKey)
                .stream().mapToLong(Long::longValue).findFirst();
    }
}
