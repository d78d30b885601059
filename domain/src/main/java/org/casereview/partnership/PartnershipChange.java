package org.casereview.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One setting of a partnership an administrator changed: who, when, from what, to what. Only ever added. */
@Entity
@Immutable
public class PartnershipChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long partnershipId;
    private Instant changedAt;
    private String changedBy;
    private String field;
    private @Nullable String oldValue;
    private @Nullable String newValue;

    protected PartnershipChange() {
        // for JPA
    }

    PartnershipChange(long partnershipId, Instant changedAt, String changedBy, String field,
                      @Nullable String oldValue, @Nullable String newValue) {
        this.partnershipId = partnershipId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getField() {
        return field;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }
}
