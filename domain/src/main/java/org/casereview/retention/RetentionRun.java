package org.casereview.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One run of the retention job, or one clean-up of expired drafts that deleted some: what it did and when. */
@Entity
public class RetentionRun {

    /** What ran. */
    public enum Kind {
        RETENTION("Retention run"),
        DRAFT_CLEANUP("Expired drafts deleted");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How "started by" reads when the schedule started a run. */
    public static final String SCHEDULE = "Schedule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Instant startedAt;
    private @Nullable Instant finishedAt;
    private String startedBy;
    private String node;
    private int casesAnonymised;
    private int restrictedKept;
    private int draftsDeleted;
    private @Nullable String error;

    protected RetentionRun() {
        // for JPA
    }

    RetentionRun(Kind kind, Instant startedAt, String startedBy, String node) {
        this.kind = kind;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.node = node;
    }

    static RetentionRun draftsDeleted(Instant at, int deleted, String node) {
        RetentionRun run = new RetentionRun(Kind.DRAFT_CLEANUP, at, SCHEDULE, node);
        run.draftsDeleted = deleted;
        run.finishedAt = at;
        return run;
    }

    void finished(Instant at, int anonymised, int restricted, @Nullable String error) {
        this.finishedAt = at;
        this.casesAnonymised = anonymised;
        this.restrictedKept = restricted;
        this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** Null while the run is going on (or if its server stopped during it). */
    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    /** {@link #SCHEDULE}, or the administrator who ran it. */
    public String getStartedBy() {
        return startedBy;
    }

    /** The server it ran on. */
    public String getNode() {
        return node;
    }

    public int getCasesAnonymised() {
        return casesAnonymised;
    }

    /** Cases past their retention period kept because their processing is restricted. */
    public int getRestrictedKept() {
        return restrictedKept;
    }

    public int getDraftsDeleted() {
        return draftsDeleted;
    }

    /** What stopped the run part-way, if anything (never personal data: a class name and message of our own). */
    public @Nullable String getError() {
        return error;
    }

    @Override
    public String toString() {
        return "RetentionRun[" + id + ", " + kind + "]";
    }
}
