package org.casereview.applicantaccess;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One request for a security code: which case it opens (none when the reference and address did not match, so that
 * such a request looks and behaves like any other), the code's hash, when it expires, and the tries made.
 */
@Entity
class SecurityCodeChallenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String handle;
    private @Nullable Long applicationId;
    private String codeHash;
    private Instant createdAt;
    private Instant expiresAt;
    private int attempts;
    private @Nullable Instant usedAt;

    protected SecurityCodeChallenge() {
        // for JPA
    }

    SecurityCodeChallenge(String handle, @Nullable Long applicationId, String codeHash, Instant createdAt,
                          Instant expiresAt) {
        this.handle = handle;
        this.applicationId = applicationId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether a try can still be made: not used, not expired, tries left. */
    boolean open(Instant now, int maxAttempts) {
        return usedAt == null && now.isBefore(expiresAt) && attempts < maxAttempts;
    }

    void tried() {
        attempts++;
    }

    void used(Instant at) {
        usedAt = at;
    }

    String getHandle() {
        return handle;
    }

    @Nullable Long getApplicationId() {
        return applicationId;
    }

    String getCodeHash() {
        return codeHash;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable Instant getUsedAt() {
        return usedAt;
    }

    @Override
    public String toString() {
        return "SecurityCodeChallenge[" + id + "]";
    }
}
