package org.casereview.retention;

import jakarta.persistence.EntityManager;
import org.casereview.history.CaseHistory;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.PersonalDataSteps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Anonymises one case: every feature's personal data removed or replaced, the case marked anonymised (its version
 * moves on, so a screen opened before cannot save over it), and an entry in its history saying why. Used by the
 * retention run and by an erasure request.
 */
@Component
public class CaseAnonymiser {

    private final PersonalDataSteps steps;
    private final JdbcTemplate jdbc;
    private final CaseHistory history;
    private final EntityManager entityManager;
    private final Clock clock;

    CaseAnonymiser(PersonalDataSteps steps, JdbcTemplate jdbc, CaseHistory history, EntityManager entityManager,
                   Clock clock) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.history = history;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The caller holds the case's row lock in its transaction.
     *
     * @param actor who or what anonymised it, as the history shows it
     * @param why   why, in words that name nobody
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void anonymise(long applicationId, String actor, String why) {
        // Anything the caller changed through JPA is written first; the steps then change rows under Hibernate's feet,
        // so nothing it holds of the case may be written back afterwards.
        entityManager.flush();
        steps.anonymise(applicationId);
        Instant now = clock.instant();
        jdbc.update("""
                UPDATE application SET anonymised_at = ?, last_changed_at = ?, last_changed_by = ?, version = version + 1
                WHERE id = ?""", CaseRows.utc(now), CaseRows.utc(now), actor, applicationId);
        entityManager.clear();
        history.record(applicationId, actor, CaseHistory.ANONYMISED, "Case anonymised: " + why);
    }
}
