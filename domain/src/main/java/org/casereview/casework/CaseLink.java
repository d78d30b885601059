package org.casereview.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** Two cases about the same place or the same people. One row links them both ways. */
@Entity
class CaseLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long applicationId;
    private long linkedApplicationId;
    private String reason;
    private String linkedBy;
    private Instant linkedAt;

    protected CaseLink() {
        // for JPA
    }

    CaseLink(long applicationId, long linkedApplicationId, String reason, String linkedBy, Instant linkedAt) {
        this.applicationId = applicationId;
        this.linkedApplicationId = linkedApplicationId;
        this.reason = reason;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    @Nullable Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getLinkedApplicationId() {
        return linkedApplicationId;
    }

    String getReason() {
        return reason;
    }

    String getLinkedBy() {
        return linkedBy;
    }

    Instant getLinkedAt() {
        return linkedAt;
    }

    /** The case at the other end, seen from {@code applicationId}. */
    long otherThan(long applicationId) {
        return this.applicationId == applicationId ? linkedApplicationId : this.applicationId;
    }
}
