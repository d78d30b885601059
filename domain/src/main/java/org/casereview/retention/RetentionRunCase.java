package org.casereview.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A case a retention run anonymised. A case appears once only: the table's unique key sees to it. */
@Entity
@Immutable
class RetentionRunCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long runId;
    private long applicationId;
    private String reference;
    private long partnershipId;
    private @Nullable LocalDate closedOn;

    protected RetentionRunCase() {
        // for JPA
    }

    RetentionRunCase(long runId, long applicationId, String reference, long partnershipId,
                     @Nullable LocalDate closedOn) {
        this.runId = runId;
        this.applicationId = applicationId;
        this.reference = reference;
        this.partnershipId = partnershipId;
        this.closedOn = closedOn;
    }
}
