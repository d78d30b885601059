package org.casereview.drafts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An application saved part-way. The answers are the form's own record of them (opaque to the domain); the resume
 * link's token is kept only as its hash, so the table alone never lets anyone in.
 */
@Entity
@Table(name = "application_draft")
public class SavedDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String tokenHash;
    private String email;
    private String answers;
    private Instant createdAt;
    private Instant savedAt;
    private Instant expiresAt;

    @Version
    private long version;

    protected SavedDraft() {
        // for JPA
    }

    SavedDraft(String tokenHash, String email, String answers, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.answers = answers;
        this.createdAt = now;
        this.savedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Saved again: new answers, a new link (the old one stops working) and 30 more days. */
    void saveAgain(String tokenHash, String email, String answers, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.answers = answers;
        this.savedAt = now;
        this.expiresAt = expiresAt;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getEmail() {
        return email;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SavedDraft other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return SavedDraft.class.hashCode();
    }

    /** No answers or address: personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "SavedDraft[" + id + "]";
    }
}
