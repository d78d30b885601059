package org.casereview.application;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Hands out references such as {@code CT-2026-00042}: short enough to read out on the phone, one per application,
 * counted per calendar year. The counter row is bumped with {@code LAST_INSERT_ID(expr)} so two applications
 * submitted at the same moment, on any number of servers, never share a number.
 */
@Component
class ReferenceNumbers {

    private final EntityManager entityManager;

    ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One statement: the server returns the value given to {@code LAST_INSERT_ID(expr)} as the statement's generated
     * key. Sent on the transaction's own connection, without the flush a Hibernate query would start, as it holds
     * the year's counter row until the transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        int number = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement bump = connection.prepareStatement("""
                    INSERT INTO reference_counter (year, last_value) VALUES (?, LAST_INSERT_ID(1))
                    ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                bump.setInt(1, year);
                bump.executeUpdate();
                try (ResultSet keys = bump.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("The reference counter gave no number");
                    }
                    return keys.getInt(1);
                }
            }
        });
        return format(year, number);
    }

    static String format(int year, int number) {
        return "CT-%d-%05d".formatted(year, number);
    }
}
