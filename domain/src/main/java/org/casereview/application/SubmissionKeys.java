package org.casereview.application;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;

/**
 * The application a form's submission key was stored with: a form sent twice (a double click, a retry after an answer
 * that was lost) is stored once. Asked for every application and nearly always finding none, so it is one plain
 * statement on the transaction's connection, not a query Hibernate plans, binds and reads into an entity.
 */
@Component
class SubmissionKeys {

    private final EntityManager entityManager;

    SubmissionKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    OptionalLong applicationWith(String submissionKey) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id FROM application WHERE submission_key = ?")) {
                find.setString(1, submissionKey);
                try (ResultSet found = find.executeQuery()) {
                    return found.next() ? OptionalLong.of(found.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }
}
