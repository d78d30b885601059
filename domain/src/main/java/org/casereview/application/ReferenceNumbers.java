package org.casereview.application;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        entityManager.createNativeQuery("""
                        INSERT INTO reference_counter (year, last_value) VALUES (?1, LAST_INSERT_ID(1))
                        ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)""")
                .setParameter(1, year)
                .executeUpdate();
        Number value = (Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
        return format(year, value.intValue());
    }

    static String format(int year, int number) {
        return "CT-%d-%05d".formatted(year, number);
    }
}
