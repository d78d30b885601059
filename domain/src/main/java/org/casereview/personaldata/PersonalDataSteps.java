package org.casereview.personaldata;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Every feature's {@link CasePersonalData}, in order: what anonymisation and a subject access export go through. */
@Component
public class PersonalDataSteps {

    private final List<CasePersonalData> steps;
    private final EntityManager entityManager;

    PersonalDataSteps(List<CasePersonalData> steps, EntityManager entityManager) {
        // Spring gives the list in @Order order.
        this.steps = List.copyOf(steps);
        this.entityManager = entityManager;
    }

    /** Everything held on the case, feature by feature. */
    public List<HeldSection> describe(long applicationId) {
        // The steps read with SQL: rows this transaction added through JPA (a history entry, batched until the
        // flush) are written first, so that they are among what is described.
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        List<HeldSection> sections = new ArrayList<>();
        steps.forEach(step -> sections.addAll(step.describe(applicationId)));
        return sections;
    }

    /** Runs every feature's anonymisation, in the caller's transaction. */
    public void anonymise(long applicationId) {
        steps.forEach(step -> step.anonymise(applicationId));
    }

    /** Every table a feature looks after, with what anonymisation does to each column. */
    public List<CaseTable> tables() {
        return steps.stream().flatMap(step -> step.tables().stream()).toList();
    }
}
