package org.casereview.subjectaccess;

import jakarta.persistence.Column;
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

/** One piece of subject access work: a search, an export, an erasure or a restriction. Only ever added. */
@Entity
@Immutable
@Table(name = "subject_access_log")
public class SubjectAccessLogEntry {

    /** What was done. */
    public enum Kind {
        SEARCH("Search"),
        EXPORT("Export"),
        ERASURE("Erasure"),
        RESTRICTION("Restriction"),
        RESTRICTION_LIFTED("Restriction lifted");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant occurredAt;
    private long staffAccountId;
    private String actor;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    /** The search an export, erasure or restriction came from. */
    private @Nullable Long searchId;
    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String postcode;
    private @Nullable Long scopePartnershipId;
    @Column(name = "case_references")
    private @Nullable String references;
    private @Nullable String reason;

    protected SubjectAccessLogEntry() {
        // for JPA
    }

    SubjectAccessLogEntry(Instant occurredAt, long staffAccountId, String actor, Kind kind, @Nullable Long searchId,
                          SubjectSearch search, @Nullable Long scopePartnershipId, @Nullable String references,
                          @Nullable String reason) {
        this.occurredAt = occurredAt;
        this.staffAccountId = staffAccountId;
        this.actor = actor;
        this.kind = kind;
        this.searchId = searchId;
        this.name = search.name();
        this.email = search.email();
        this.phone = search.phone();
        this.postcode = search.postcode();
        this.scopePartnershipId = scopePartnershipId;
        this.references = references;
        this.reason = reason;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getStaffAccountId() {
        return staffAccountId;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable Long getSearchId() {
        return searchId;
    }

    public SubjectSearch search() {
        return new SubjectSearch(name, email, phone, postcode);
    }

    public @Nullable Long getScopePartnershipId() {
        return scopePartnershipId;
    }

    /** The cases concerned, by reference, separated by commas. */
    public @Nullable String getReferences() {
        return references;
    }

    public @Nullable String getReason() {
        return reason;
    }

    /** The id only: the search terms are personal data. */
    @Override
    public String toString() {
        return "SubjectAccessLogEntry[" + id + ", " + kind + "]";
    }
}
