package org.casereview.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One entry in a case's history. Entries are only ever added: the entity is immutable to Hibernate (an update is
 * never written) and nothing offers a way to change or delete one.
 */
@Entity
@Immutable
public class CaseEvent {

    @Id
    // From a sequence, fifty at a time, so that several rows go to the database as one batch (V15).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_ids")
    @SequenceGenerator(name = "case_event_ids", sequenceName = "case_event_ids", allocationSize = 50)
    private @Nullable Long id;

    private long applicationId;
    private Instant occurredAt;
    private String actor;
    private String kind;
    private String description;
    private @Nullable String field;
    private @Nullable String oldValue;
    private @Nullable String newValue;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(long applicationId, Instant occurredAt, String actor, String kind, String description) {
        this.applicationId = applicationId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.description = description;
    }

    CaseEvent(long applicationId, Instant occurredAt, String actor, String kind, String description, String field,
              @Nullable String oldValue, @Nullable String newValue) {
        this(applicationId, occurredAt, actor, kind, description);
        this.field = field;
        this.oldValue = truncate(oldValue);
        this.newValue = truncate(newValue);
    }

    private static @Nullable String truncate(@Nullable String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    /** What changed, e.g. "Status"; null for entries that record an event rather than a changed value. */
    public @Nullable String getField() {
        return field;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }
}
