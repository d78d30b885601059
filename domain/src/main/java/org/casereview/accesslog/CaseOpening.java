package org.casereview.accesslog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A member of staff opened a case on a screen: one narrow row, only ever added. */
@Entity
@Immutable
@Table(name = "case_access")
class CaseOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long applicationId;
    private long staffAccountId;
    @Enumerated(EnumType.STRING)
    private CaseScreen screen;
    private Instant openedAt;

    protected CaseOpening() {
        // for JPA
    }

    CaseOpening(long applicationId, long staffAccountId, CaseScreen screen, Instant openedAt) {
        this.applicationId = applicationId;
        this.staffAccountId = staffAccountId;
        this.screen = screen;
        this.openedAt = openedAt;
    }
}
