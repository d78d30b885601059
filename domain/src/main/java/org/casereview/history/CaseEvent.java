package org.casereview.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One entry in a case's history. Entries are only ever added. */
@Entity
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long applicationId;
    private Instant occurredAt;
    private String actor;
    private String kind;
    private String description;

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
}
