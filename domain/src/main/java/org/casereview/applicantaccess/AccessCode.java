package org.casereview.applicantaccess;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The long-lived access code of one case, as its salted hash; giving a new one replaces it. */
@Entity
@Table(name = "applicant_access_code")
class AccessCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long applicationId;
    private String codeHash;
    private Instant issuedAt;
    private String issuedBy;
    private @Nullable Instant lastUsedAt;

    protected AccessCode() {
        // for JPA
    }

    AccessCode(long applicationId) {
        this.applicationId = applicationId;
    }

    void issue(String hash, String by, Instant at) {
        this.codeHash = hash;
        this.issuedBy = by;
        this.issuedAt = at;
        this.lastUsedAt = null;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getCodeHash() {
        return codeHash;
    }

    @Override
    public String toString() {
        return "AccessCode[" + applicationId + "]";
    }
}
