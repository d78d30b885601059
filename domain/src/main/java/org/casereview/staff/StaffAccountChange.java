package org.casereview.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One thing an administrator did to an account. Only ever added. */
@Entity
@Immutable
public class StaffAccountChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long accountId;
    private Instant changedAt;
    private String changedBy;
    private String description;

    protected StaffAccountChange() {
        // for JPA
    }

    StaffAccountChange(long accountId, Instant changedAt, String changedBy, String description) {
        this.accountId = accountId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.description = description;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getDescription() {
        return description;
    }
}
